-- A store attached to the output of the Flink job (`--db cluster:DIR`) keeps here what it needs to
-- re-attach: the definition of each table it replaced by a view over the job's Parquet files
-- ('ddl:<table>'), and the signature of the job output whose alerts it loaded ('alerts').
CREATE TABLE cluster_state (
  key    VARCHAR PRIMARY KEY,
  value  VARCHAR NOT NULL
);
