-- Issue 17, demo data that tells the truth: 長野市's Q&A (seeds/002, Ａ10) names the municipalities at
-- a commuting ratio of 0.1 or more beyond the 長野広域連合 — 中野市, 飯山市, 山ノ内町 and 麻績村 — and
-- why they do not take part for now. The reasons are the Q&A's; the ratios are demo figures
-- (fictional: the Q&A gives none).
INSERT INTO commuting_ratio (circle_id, municipality_code, name_ja, ratio, note, recorded_by, recorded_at) VALUES
  (2, '202118', '中野市', 0.128, '北信定住自立圏の構成員であるため、現時点では参加していません（長野市Q&A Ａ10）。', 'admin', '2026-04-01 09:00:00'),
  (2, '202134', '飯山市', 0.104, '北信定住自立圏の構成員であるため、現時点では参加していません（長野市Q&A Ａ10）。', 'admin', '2026-04-01 09:00:00'),
  (2, '205613', '山ノ内町', 0.117, '北信定住自立圏の構成員であるため、現時点では参加していません（長野市Q&A Ａ10）。', 'admin', '2026-04-01 09:00:00'),
  (2, '204463', '麻績村', 0.106, '松本広域連合の構成員であるため、現時点では参加していません（長野市Q&A Ａ10）。', 'admin', '2026-04-01 09:00:00');
