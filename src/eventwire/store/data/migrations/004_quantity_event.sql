-- eventwire store, schema version 4: the event a quantity sizes.
-- Source: written for eventwire (Apache-2.0). event_id is the id of an event of the same article
-- (the AID a sum of money was pledged for, the MOBILIZE of a troop count, the ASSAULT of a count
-- of dead); NULL when the figure sizes none, and for articles stored before this version.
ALTER TABLE quantities ADD COLUMN event_id VARCHAR;
