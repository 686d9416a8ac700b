-- A CHECK (x IN (a, b, c, …)) of three or more values makes SQLite build a
-- temporary b-tree of the list each time a statement runs the check: two
-- per claim row (metric, qualifier) and one per article (status), most of
-- a row's cost in `crosscheck bench`. The same constraints written as
-- chains of equalities are checked in place. SQLite cannot change a CHECK
-- with ALTER TABLE, and rebuilding claims would mean dropping a table that
-- alerts and alert_against reference, so the constraints' text is edited in
-- the schema, as SQLite documents for a change that every stored row
-- already satisfies (https://www.sqlite.org/lang_altertable.html#otheralter).
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(replace(sql,
	'CHECK (metric IN (''troops'', ''casualties'', ''killed'', ''wounded'', ''captured''))',
	'CHECK (metric = ''troops'' OR metric = ''casualties'' OR metric = ''killed'' OR metric = ''wounded'' OR metric = ''captured'')'),
	'CHECK (qualifier IN (''exact'', ''about'', ''more_than'', ''at_least'',
	                                               ''less_than'', ''at_most'', ''up_to'', ''range'', ''vague''))',
	'CHECK (qualifier = ''exact'' OR qualifier = ''about'' OR qualifier = ''more_than'' OR qualifier = ''at_least''
	                 OR qualifier = ''less_than'' OR qualifier = ''at_most'' OR qualifier = ''up_to'' OR qualifier = ''range'' OR qualifier = ''vague'')')
WHERE type = 'table' AND name = 'claims';
UPDATE sqlite_schema SET sql = replace(sql,
	'CHECK (status IN (''new'', ''duplicate'', ''off_topic''))',
	'CHECK (status = ''new'' OR status = ''duplicate'' OR status = ''off_topic'')')
WHERE type = 'table' AND name = 'articles';
PRAGMA writable_schema = RESET;
-- A schema change every open connection notices: each reads the edited
-- constraints again.
CREATE TABLE schema_reload (x);
DROP TABLE schema_reload;
