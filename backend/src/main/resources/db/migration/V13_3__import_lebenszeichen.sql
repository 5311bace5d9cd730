-- Replicas: a waiting import lives in the queue of the instance that accepted its file. That instance renews
-- lebenszeichen while the job waits; another instance fails a waiting job only once its lebenszeichen is stale (its
-- instance died), never one that is merely queued elsewhere.
ALTER TABLE import_job ADD COLUMN lebenszeichen timestamptz NOT NULL DEFAULT now();
