-- eventwire store, schema version 5: the high end of a range.
-- Source: written for eventwire (Apache-2.0). high is the high end of a figure written as a range
-- ("between 2,000 and 3,000 troops" is 2000 with high 3000, "$5bn-$7bn" 5e9 with high 7e9);
-- NULL for a single figure, and for articles stored before this version.
ALTER TABLE quantities ADD COLUMN high DOUBLE;
