-- Trigram indexes back the CRM's search (accounts, contacts, leads, deals).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
