-- What an alert is against moves into the alert's own row: `against` holds
-- the claim IDs as a JSON array ("[12,40]"), read with json_each. An alert
-- named 3.6 earlier claims in `crosscheck bench` on average, each a row
-- and a b-tree insert in alert_against (with a foreign key seek in claims);
-- now they are a few bytes of the row the alert writes anyway. Claims are
-- never deleted, and a save lists only claims it read from the store or
-- wrote itself, so the list names rows that exist, as the foreign key of
-- alert_against made sure.
ALTER TABLE alerts ADD COLUMN against TEXT NOT NULL DEFAULT '[]';
UPDATE alerts SET against = (
	SELECT json_group_array(claim_id) FROM (
		SELECT claim_id FROM alert_against WHERE alert_id = alerts.id ORDER BY claim_id))
WHERE EXISTS (SELECT 1 FROM alert_against WHERE alert_id = alerts.id);
DROP TABLE alert_against;
-- No query reads alerts by kind through this index: /conflicts filters the
-- newest alerts of alerts_raised (RecentAlerts' "? = '' OR kind = ?"), and
-- the outbox reads by raised_at. It was one more b-tree insert per alert.
DROP INDEX alerts_kind_raised;
