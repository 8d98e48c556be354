-- acta schema, version 3: indexes for finding the act a new mention belongs to (store.cpp),
-- so an import stays linear in the number of acts. Never edit once released.
CREATE INDEX acts_body_start ON acts (body_id, date_start);
CREATE INDEX acts_body_identifier ON acts (body_id, identifier) WHERE identifier IS NOT NULL;
CREATE INDEX bodies_parent ON bodies (parent_id);
CREATE INDEX acts_body_coarse ON acts (body_id, date_start) WHERE precision <> 'day';
