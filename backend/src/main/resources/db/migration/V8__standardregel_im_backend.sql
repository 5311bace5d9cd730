-- The derived Soll rule (Zuständigkeit by Typisierung) lives in the backend now, beside its text and its tests
-- (umsetzung/Standardregel.java); the rows it writes are the same.
DROP FUNCTION zustaendigkeit_abgeleitet(text[], text);
