-- acta schema, version 4: act types that international assemblies and some parliaments use.
-- Never edit once released.
INSERT INTO act_types (code, label) VALUES
    ('recommendation', 'Recommendation'), ('opinion', 'Opinion');
