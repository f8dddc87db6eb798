-- A check's answer is kept deflated (see Deflated): tens of kilobytes of JSON per check, kept
-- a week, were most of what the store wrote. Answers stored before stay readable as text
-- until the sweep removes them.
ALTER TABLE delivery ADD COLUMN answer BYTEA;
ALTER TABLE delivery ALTER COLUMN answer_json DROP NOT NULL;
