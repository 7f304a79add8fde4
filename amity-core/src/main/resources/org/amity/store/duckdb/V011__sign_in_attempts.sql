-- Amity store: sign-in attempts, kept so that a restart does not clear a lock-out.

-- Attempts counted before the password is checked (given back when it was right), per key:
-- scope 'account-at-address' (account and address), 'address' (account ''), 'account'
-- (address ''). last_at is UTC. Rows older than the forgetting time are deleted as attempts come.
CREATE TABLE sign_in_counts (
  scope     VARCHAR NOT NULL,
  account   VARCHAR NOT NULL,
  address   VARCHAR NOT NULL,
  attempts  INTEGER NOT NULL,
  last_at   TIMESTAMP NOT NULL
);

-- Addresses an account signed in from successfully: the account-wide wait does not hold these,
-- so a guesser spread over many machines cannot keep the owner out from their usual place.
CREATE TABLE sign_in_addresses (
  account       VARCHAR NOT NULL,
  address       VARCHAR NOT NULL,
  last_success  TIMESTAMP NOT NULL
);
