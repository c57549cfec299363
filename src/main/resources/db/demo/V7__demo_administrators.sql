-- Each demo circle's people administrator: its central city's demo login.
INSERT INTO circle_administrator (circle_id, username, granted_by, granted_at) VALUES
  (1, 'aomori-mayor', 'admin', '2026-04-01 09:00:00'),
  (2, 'nagano-mayor', 'admin', '2026-04-01 09:00:00'),
  (3, 'hachinohe-staff', 'admin', '2026-04-01 09:00:00');
