-- The whole police area in one installation (issue 10): lokalpolisområde Kristinehamn also covers
-- Storfors and Filipstad. An admin adds a municipality from its boundary file; police and admins
-- work in the whole area, each municipality's staff in their own municipality.

-- The order municipalities were added in. The first one is the installation's own: the public
-- pages show it when no municipality is chosen.
ALTER TABLE municipality ADD COLUMN added_order integer GENERATED ALWAYS AS IDENTITY;
CREATE UNIQUE INDEX municipality_added_order_key ON municipality (added_order);

-- The municipality a staff account works for. A kommun account has one; polis and admin accounts
-- have none: they work in the whole police area.
ALTER TABLE app_user ADD COLUMN municipality_code text REFERENCES municipality(code);
CREATE INDEX app_user_municipality_idx ON app_user (municipality_code);

-- Until now the app served one municipality, so every kommun account worked for it.
UPDATE app_user SET municipality_code = (SELECT min(code) FROM municipality)
 WHERE role = 'kommun' AND municipality_code IS NULL AND (SELECT count(*) FROM municipality) = 1;

-- Checked for every new or changed account. An installation that had kommun accounts but no
-- municipality loaded (SEED_ON_EMPTY=false) keeps them as they are; the rule applies to such an
-- account when it is next changed, so an admin then gives it a municipality.
ALTER TABLE app_user
  ADD CONSTRAINT app_user_kommun_has_municipality CHECK (role <> 'kommun' OR municipality_code IS NOT NULL) NOT VALID;
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM app_user WHERE role = 'kommun' AND municipality_code IS NULL) THEN
    ALTER TABLE app_user VALIDATE CONSTRAINT app_user_kommun_has_municipality;
  END IF;
END
$$;

-- Kommun staff list their own municipality's reports, newest first: without this, a small
-- municipality's queue would be found by walking every report of the big one.
CREATE INDEX report_municipality_reported_idx ON report (municipality_code, reported_at DESC);
