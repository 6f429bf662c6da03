-- Version 4: database-enforced access (ADM-1..3, SEC-3). On a server every CRM user is a
-- Firebird user and Firebird checks the password: the program's hash stays for embedded mode
-- and is never readable by a user (USERS_V has no such column). The roles, access views and
-- grants are made after every upgrade from data/privileges.py by the migration runner.

ALTER TABLE USERS ALTER COLUMN PASSWORD_HASH SET DEFAULT '';
-- a temporary password issued by `crm-admin users sync` must be changed at the first login
ALTER TABLE USERS ADD MUST_CHANGE_PASSWORD SMALLINT DEFAULT 0 NOT NULL CHECK (MUST_CHANGE_PASSWORD IN (0, 1));
