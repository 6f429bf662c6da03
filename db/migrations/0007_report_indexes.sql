-- Version 7: indexes the reports read through (issue 13), so a report of a million rows
-- streams its first page instead of sorting everything first.
-- «Отчет о движениях товара» walks the documents in time order (the journal's index is
-- descending, newest first).
CREATE INDEX IX_WH_DOCS_TIME ON WH_DOCS (DOC_TIME, ID);
-- «Дни рождения» selects by month and day whatever the year: the same expression as
-- data/report_operative.py, so Firebird reads a week's birthdays through the index.
CREATE INDEX IX_CONTACTS_BIRTH_MD ON CONTACTS COMPUTED BY (EXTRACT(MONTH FROM BIRTHDAY) * 100 + EXTRACT(DAY FROM BIRTHDAY));
CREATE INDEX IX_CLIENTS_BIRTH_MD ON CLIENTS COMPUTED BY (EXTRACT(MONTH FROM BIRTHDAY) * 100 + EXTRACT(DAY FROM BIRTHDAY));
