-- Version 9: a leaving employee's private clients reach the new curator (ADM-6, «Смена
-- куратора/специалиста»). A private client is its curator's alone: the access views hide it
-- even from administrators, so the change of curator cannot reach it through them. This
-- procedure, holding its own privileges on CLIENTS and USERS, counts the old curator's
-- private clients and moves them only when the old curator is dismissed or disabled and
-- the new one may work; they stay private, now with the new curator. EXECUTE is granted to
-- the administrators' role by data/privileges.py.
SET TERM ^ ;
CREATE PROCEDURE CRM_HAND_OVER_PRIVATE (OLD_ID INTEGER, NEW_ID INTEGER)
RETURNS (FOUND INTEGER, MOVED INTEGER)
AS
BEGIN
  SELECT COUNT(*) FROM CLIENTS WHERE CURATOR_ID = :OLD_ID AND IS_PRIVATE = 1 INTO :FOUND;
  MOVED = 0;
  IF (NEW_ID IS NOT NULL
      AND EXISTS (SELECT 1 FROM USERS WHERE ID = :OLD_ID AND (IS_DISMISSED = 1 OR IS_DISABLED = 1))
      AND EXISTS (SELECT 1 FROM USERS WHERE ID = :NEW_ID AND IS_DISMISSED = 0 AND IS_DISABLED = 0)) THEN
  BEGIN
    UPDATE CLIENTS SET CURATOR_ID = :NEW_ID WHERE CURATOR_ID = :OLD_ID AND IS_PRIVATE = 1;
    MOVED = ROW_COUNT;
  END
END^
SET TERM ; ^
GRANT SELECT, UPDATE ON CLIENTS TO PROCEDURE CRM_HAND_OVER_PRIVATE;
GRANT SELECT ON USERS TO PROCEDURE CRM_HAND_OVER_PRIVATE;
-- The event an SMS of a mailing leaves in the client's history (GRP-3), beside «Отправлено
-- письмо»; a database whose administrator already added one keeps theirs.
INSERT INTO EVENT_TYPES (NAME, CALL_KIND, SORT_ORDER)
  SELECT 'Отправлено SMS', 0, (SELECT MAX(SORT_ORDER) + 1 FROM EVENT_TYPES) FROM RDB$DATABASE
  WHERE NOT EXISTS (SELECT 1 FROM EVENT_TYPES WHERE UPPER(NAME) CONTAINING 'SMS' OR UPPER(NAME) CONTAINING 'СМС');
