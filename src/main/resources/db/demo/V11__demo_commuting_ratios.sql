-- Issue 18.3: the 青森 circle's neighbours' commuting ratios to 青森市 (fictional figures, demo):
-- the partners, and 外ヶ浜町, in talks, which the outcome monitor compares the circle with.
INSERT INTO commuting_ratio (circle_id, municipality_code, name_ja, ratio, recorded_by, recorded_at) VALUES
  (1, '023035', '平内町', 0.214, 'admin', '2026-04-01 09:00:00'),
  (1, '023043', '今別町', 0.152, 'admin', '2026-04-01 09:00:00'),
  (1, '023078', '外ヶ浜町', 0.183, 'admin', '2026-04-01 09:00:00');
