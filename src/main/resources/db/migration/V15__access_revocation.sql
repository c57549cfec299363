-- Hardening (issue 16): a person removed from a circle loses its access at their next request, not
-- when their token expires. The moment of the removal, per person; a token issued before it is not
-- trusted any more, and the person is signed in again through Keycloak (which issues the new rights).
CREATE TABLE access_revocation (
  username    VARCHAR(255)  NOT NULL PRIMARY KEY,
  revoked_at  TIMESTAMP     NOT NULL
);
