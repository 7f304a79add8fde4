-- Coding (060-069): the five-way class of each stored text event (from its CAMEO code) and of its
-- sentence (from the coder's classifier, which may weigh the words against the dictionary), and
-- which classifier gave the latter ('learned', 'fill', 'rules'). Rows stored before have none.
ALTER TABLE coded_sentences ADD COLUMN event_class VARCHAR;
ALTER TABLE coded_sentences ADD COLUMN sentence_class VARCHAR;
ALTER TABLE coded_sentences ADD COLUMN class_model VARCHAR;
