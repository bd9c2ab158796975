-- eventwire store, schema version 2: where an event's date comes from.
-- Source: written for eventwire (Apache-2.0). 'text' = a date expression in the event's sentence
-- (date_text holds it); 'published' = the article's publication date, used for an actual event
-- whose sentence names no date; NULL = no date.
ALTER TABLE events ADD COLUMN date_basis VARCHAR;
