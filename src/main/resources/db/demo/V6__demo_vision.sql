-- Demo vision of the 青森 circle (fictional figures, labelled デモ): the vision adopted in 2024,
-- with KPI actuals for the public chart, and the revision draft for 令和9年度 that the roundtable's
-- demo meeting deliberated and that 平内町 and 今別町 are being consulted on.

INSERT INTO vision_version (id, circle_id, number, cycle, based_on_id, status, title, future_image, period_start_fy, period_end_fy, revision_policy, comment_opens, comment_closes, created_by, created_at, adopted_at, adopted_by, override_reason, lock_version) VALUES
  (1, 1, 1, 1, NULL, 'ADOPTED', '青森圏域連携中枢都市圏ビジョン【デモ】',
   '圏域の人口は減少が続く見通しであるが、観光と交通の連携により交流人口を増やし、住み続けられる圏域を目指す。',
   2024, 2028, '毎年度、KPIの実績を踏まえて改訂する。', NULL, NULL, 'aomori-mayor', '2024-01-10 10:00:00', '2024-03-25 10:00:00', 'aomori-mayor', NULL, 0),
  (2, 1, 2, 2, 1, 'DRAFT', '青森圏域連携中枢都市圏ビジョン（令和9年度改訂案）【デモ】',
   '圏域の人口は減少が続く見通しであるが、観光・交通・医療の連携により交流人口を増やし、住み続けられる圏域を目指す。',
   2027, 2031, '毎年度、KPIの実績を踏まえて改訂する。', NULL, NULL, 'aomori-mayor', '2026-09-01 10:00:00', NULL, NULL, NULL, 0);

INSERT INTO vision_target (version_id, fiscal_year, population, ageing_rate) VALUES
  (1, 2028, 285000, 35.50),
  (1, 2040, 250000, 40.20),
  (2, 2031, 276000, 37.10),
  (2, 2040, 252000, 40.00);

INSERT INTO vision_initiative (id, version_id, number, title, content, schedule, clause) VALUES
  (1, 1, 1, '広域観光の推進', '圏域の観光資源を結ぶ周遊ルートをつくり、共同で情報発信する。', '令和6年度から毎年度', '各連携協約 第3条 ア(c)'),
  (2, 1, 2, '地域公共交通ネットワークの維持', '路線バスの維持と乗継ぎの改善に共同で取り組む。', '令和6年度から令和10年度まで', '各連携協約 第3条 ウ(b)'),
  (3, 1, 3, '救急医療体制の充実', '救急搬送と休日夜間診療の体制を圏域で確保する。', '令和6年度から毎年度', '各連携協約 第3条 イ(a)'),
  (4, 2, 1, '広域観光の推進', '圏域の観光資源を結ぶ周遊ルートをつくり、共同で情報発信する。', '令和9年度から毎年度', '各連携協約 第3条 ア(c)'),
  (5, 2, 2, '地域公共交通ネットワークの維持', '路線バスの維持と乗継ぎの改善に共同で取り組む。', '令和9年度から令和13年度まで', '各連携協約 第3条 ウ(b)'),
  (6, 2, 3, '救急医療体制の充実', '救急搬送と休日夜間診療の体制を圏域で確保する。', '令和9年度から毎年度', '各連携協約 第3条 イ(a)');

INSERT INTO vision_initiative_municipality (initiative_id, municipality_code) VALUES
  (1, '022012'), (1, '023035'), (1, '023043'), (1, '023051'), (1, '023078'),
  (2, '022012'), (2, '023043'), (2, '023078'),
  (3, '022012'), (3, '023035'), (3, '023043'), (3, '023051'), (3, '023078'),
  (4, '022012'), (4, '023035'), (4, '023043'), (4, '023051'), (4, '023078'),
  (5, '022012'), (5, '023043'), (5, '023078'),
  (6, '022012'), (6, '023035'), (6, '023043'), (6, '023051'), (6, '023078');

INSERT INTO vision_initiative_cost (initiative_id, fiscal_year, amount) VALUES
  (1, 2024, 12000), (1, 2025, 12000), (1, 2026, 12000),
  (4, 2027, 12500), (4, 2028, 12500);

INSERT INTO vision_kpi (id, version_id, kpi_key, field, name, unit, baseline, baseline_fy, target, target_fy, responsible_code) VALUES
  (1, 1, 'demo-aomori-tourists', 'ECONOMY', '圏域の観光入込客数', '万人', 950, 2022, 1050, 2028, '022012'),
  (2, 1, 'demo-aomori-ems', 'URBAN_FUNCTIONS', '救急搬送の平均所要時間', '分', 42, 2022, 38, 2028, '022012'),
  (3, 1, 'demo-aomori-bus', 'LIVING_SERVICES', '圏域の路線バス年間利用者数', '万人', 420, 2022, 400, 2028, '023035'),
  (4, 2, 'demo-aomori-tourists', 'ECONOMY', '圏域の観光入込客数', '万人', 950, 2022, 1080, 2031, '022012'),
  (5, 2, 'demo-aomori-ems', 'URBAN_FUNCTIONS', '救急搬送の平均所要時間', '分', 42, 2022, 37, 2031, '022012'),
  (6, 2, 'demo-aomori-bus', 'LIVING_SERVICES', '圏域の路線バス年間利用者数', '万人', 420, 2022, 395, 2031, '023035');

INSERT INTO kpi_actual (id, circle_id, kpi_key, fiscal_year, actual, entered_by, entered_at, lock_version) VALUES
  (1, 1, 'demo-aomori-tourists', 2023, 968, 'aomori-mayor', '2024-06-30 10:00:00', 0),
  (2, 1, 'demo-aomori-tourists', 2024, 990, 'aomori-mayor', '2025-06-30 10:00:00', 0),
  (3, 1, 'demo-aomori-tourists', 2025, 1003, 'aomori-mayor', '2026-06-30 10:00:00', 0),
  (4, 1, 'demo-aomori-ems', 2023, 41.5, 'aomori-mayor', '2024-06-30 10:00:00', 0),
  (5, 1, 'demo-aomori-ems', 2024, 40.8, 'aomori-mayor', '2025-06-30 10:00:00', 0),
  (6, 1, 'demo-aomori-bus', 2023, 415, 'hiranai-staff', '2024-07-10 10:00:00', 0);

INSERT INTO vision_copy (id, version_id, municipality_code, sent_at, received_by, received_at) VALUES
  (1, 1, '023035', '2024-03-25 10:00:00', 'hiranai-staff', '2024-03-26 09:00:00'),
  (2, 1, '023043', '2024-03-25 10:00:00', 'imabetsu-staff', '2024-03-27 09:00:00'),
  (3, 1, '023051', '2024-03-25 10:00:00', NULL, NULL),
  (4, 1, '023078', '2024-03-25 10:00:00', NULL, NULL);

UPDATE roundtable_meeting SET vision_version_id = 2 WHERE id = 1;

INSERT INTO comment_round (id, version_id, municipality_code, deadline, opened_by, opened_at, signed_off_by, signed_off_at, lock_version) VALUES
  (1, 2, '023035', '2026-12-18', 'aomori-mayor', '2026-10-20 10:00:00', NULL, NULL, 0),
  (2, 2, '023043', '2026-12-18', 'aomori-mayor', '2026-10-20 10:00:00', NULL, NULL, 0);

INSERT INTO comment_round_section (round_id, section_key) VALUES
  (1, 'NAMES'), (1, 'FUTURE'), (1, 'I-1'), (1, 'I-3'), (1, 'PERIOD'), (1, 'KPI'),
  (2, 'NAMES'), (2, 'FUTURE'), (2, 'I-1'), (2, 'I-2'), (2, 'I-3'), (2, 'PERIOD'), (2, 'KPI');

INSERT INTO round_comment (id, round_id, section_key, author, body, written_at, answer, reflection, answered_by, answered_at, lock_version) VALUES
  (1, 1, 'I-1', 'hiranai-staff', '夏泊半島の観光資源も周遊ルートに加えてほしい。', '2026-10-28 15:00:00',
   '周遊ルートの候補に加え、令和9年度の実施計画で検討します。', 'REFLECTED', 'aomori-mayor', '2026-11-02 10:00:00', 0),
  (2, 2, 'I-2', 'imabetsu-staff', '今別町デモ意見：津軽線の代行バスとの接続を取組に明記してほしい。', '2026-10-30 11:00:00',
   NULL, NULL, NULL, NULL, 0);
