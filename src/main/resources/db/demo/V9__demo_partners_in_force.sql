-- A partner (連携市町村) is a municipality with an agreement in force (要綱 第6(1)); the portal derives
-- it from the agreements. So that the demo tells the truth about its 青森 vision (adopted in 2024,
-- naming 平内町 and 今別町, consulting them on the 令和9年度 revision), their agreements were
-- concluded in 2023; 蓬田村 and 外ヶ浜町 take part as neighbours still in talks. In 陸奥湾 平内町
-- concluded too. Dates, numbers and texts of 2023 are fictional, like the 陸奥湾 circle.

-- 青森 × 平内町: version 1 concluded in 2023; the draft from seeds/001 becomes version 2, an amendment
-- that adds three initiatives (移住促進, 人材の育成, and the wording on 「うみ・まち・ひと」).
UPDATE agreement SET created_on = DATE '2023-08-01' WHERE id = 1;
UPDATE agreement_version SET number = 2, kind = 'AMENDMENT' WHERE id = 1;

INSERT INTO agreement_version (id, agreement_id, number, kind, status, purpose, basic_policy, execution,
    consultation_months, consultation_text, term_text, termination_clause, disputes, created_on,
    feedback_opens, feedback_closes, council_review_on, concluded_on, lock_version)
  SELECT 10, 1, 1, 'CONCLUSION', 'FILED',
    '甲及び乙が、圏域全体の経済成長のけん引、高次の都市機能の集積・強化及び圏域全体の生活関連機能サービスの向上に関する取組を相互に連携して実施することにより、圏域の住民が活力にあふれ、持続可能で発展する圏域を形成することを目的とする。',
    basic_policy, execution, consultation_months, consultation_text, term_text, termination_clause, disputes,
    DATE '2023-08-01', DATE '2023-09-01', DATE '2023-09-30', DATE '2023-11-20', DATE '2023-12-20', 0
  FROM agreement_version WHERE id = 1;

INSERT INTO agreement_initiative (version_id, position, role, viewpoint, policy_field, title, content)
  SELECT 10, position, role, viewpoint, policy_field, title, content
  FROM agreement_initiative WHERE version_id = 1 AND position IN (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13);

-- 青森 × 今別町: concluded on the same day with the same text; no open version.
UPDATE agreement SET created_on = DATE '2023-08-01' WHERE id = 2;
UPDATE agreement_version SET status = 'FILED',
    purpose = (SELECT purpose FROM agreement_version WHERE id = 10),
    basic_policy = (SELECT basic_policy FROM agreement_version WHERE id = 10),
    execution = (SELECT execution FROM agreement_version WHERE id = 10),
    consultation_text = '甲の市長及び乙の町長は、連携する取組の円滑な推進を図るため、少なくとも毎年度1回、定期的に協議を行うものとする。',
    term_text = (SELECT term_text FROM agreement_version WHERE id = 10),
    disputes = (SELECT disputes FROM agreement_version WHERE id = 10),
    created_on = DATE '2023-08-01', feedback_opens = DATE '2023-09-01', feedback_closes = DATE '2023-09-30',
    council_review_on = DATE '2023-11-20', concluded_on = DATE '2023-12-20'
  WHERE id = 2;

INSERT INTO agreement_initiative (version_id, position, role, viewpoint, policy_field, title, content)
  SELECT 2, position, role, viewpoint, policy_field, title, content
  FROM agreement_initiative WHERE version_id = 10;

INSERT INTO agreement_resolution (version_id, municipality_code, resolved_on, resolution_number) VALUES
  (10, '022012', DATE '2023-12-12', '議案第101号（デモ）'),
  (10, '023035', DATE '2023-12-08', '議案第21号（デモ）'),
  (2, '022012', DATE '2023-12-12', '議案第102号（デモ）'),
  (2, '023043', DATE '2023-12-07', '議案第18号（デモ）');

INSERT INTO agreement_promulgation (version_id, municipality_code, notice_number, notified_on) VALUES
  (10, '022012', '青森市告示第501号（デモ）', DATE '2023-12-22'),
  (10, '023035', '平内町告示第40号（デモ）', DATE '2023-12-22'),
  (2, '022012', '青森市告示第502号（デモ）', DATE '2023-12-22'),
  (2, '023043', '今別町告示第25号（デモ）', DATE '2023-12-22');

INSERT INTO agreement_filing (version_id, recipient, filed_on) VALUES
  (10, 'GOVERNOR:02', DATE '2024-01-10'),
  (10, 'MINISTRY', DATE '2024-01-10'),
  (2, 'GOVERNOR:02', DATE '2024-01-10'),
  (2, 'MINISTRY', DATE '2024-01-10');

-- 青森 × 外ヶ浜町: talks have started; a draft only the central city sees (no partner office of
-- 外ヶ浜町 has an account in the demo).
INSERT INTO agreement (id, circle_id, partner_code, created_on, lock_version)
  VALUES (5, 1, '023078', DATE '2026-11-10', 0);
INSERT INTO agreement_version (id, agreement_id, number, kind, status, purpose, consultation_months,
    termination_clause, created_on, lock_version)
  VALUES (12, 5, 1, 'CONCLUSION', 'DRAFT',
    '外ヶ浜町との連携協約の素案（デモ）：竜飛崎と津軽半島の観光資源を圏域の周遊ルートに結びつけることを目的とする。',
    12, TRUE, DATE '2026-11-10', 0);

-- 陸奥湾 × 平内町: concluded with 野辺地町's on the same day.
INSERT INTO agreement (id, circle_id, partner_code, created_on, lock_version)
  VALUES (4, 3, '023035', DATE '2026-04-01', 0);
INSERT INTO agreement_version (id, agreement_id, number, kind, status, purpose, basic_policy, execution,
    consultation_months, consultation_text, term_text, termination_clause, disputes, created_on,
    feedback_opens, feedback_closes, council_review_on, concluded_on, lock_version)
  VALUES (11, 4, 1, 'CONCLUSION', 'FILED',
    '八戸市及び平内町が、ホタテ養殖をはじめとする水産業と観光の振興に連携して取り組み、活力ある圏域を形成することを目的とする。',
    '甲及び乙は、次条に掲げる取組について、相互に役割を分担し、連携して取り組むものとする。',
    '甲及び乙は、取組の執行に当たり相互に協力し、費用の分担は取組ごとに協議の上定める。',
    12, '甲の市長及び乙の町長は、少なくとも毎年度1回、定期的に協議を行うものとする。',
    'この連携協約の期間は定めない。甲又は乙は、議会の議決を経て廃止を通告することができ、通告の日から2年を経過した日に効力を失う。',
    TRUE, 'この連携協約に定めのない事項等については、甲乙協議の上定める。',
    DATE '2026-04-01', DATE '2026-05-01', DATE '2026-05-31', DATE '2026-06-01', DATE '2026-06-30', 0);

INSERT INTO agreement_initiative (version_id, position, role, viewpoint, policy_field, title, content) VALUES
  (11, 0, 'ECONOMIC_GROWTH', NULL, '産業振興', 'ホタテの販路拡大', '両市町の水産物を共同で売り込み、販路を広げる。'),
  (11, 1, 'LIVING_SERVICES', 'LIFE_FUNCTIONS', '防災', '災害時の相互応援', '災害時の応援体制と備蓄の相互利用を定める。');

INSERT INTO agreement_resolution (version_id, municipality_code, resolved_on, resolution_number) VALUES
  (11, '022039', DATE '2026-06-20', '議案第46号'),
  (11, '023035', DATE '2026-06-17', '議案第14号');

INSERT INTO agreement_promulgation (version_id, municipality_code, notice_number, notified_on) VALUES
  (11, '022039', '八戸市告示第211号', DATE '2026-07-01'),
  (11, '023035', '平内町告示第31号', DATE '2026-07-01');

INSERT INTO agreement_filing (version_id, recipient, filed_on) VALUES
  (11, 'GOVERNOR:02', DATE '2026-07-10'),
  (11, 'MINISTRY', DATE '2026-07-10');

-- The 青森 vision names, consults and sends copies to its partners only; the bus initiative
-- includes 平内町, which reports the bus KPI; its legal basis names the agreements' initiatives.
DELETE FROM vision_copy WHERE version_id = 1 AND municipality_code IN ('023051', '023078');
DELETE FROM vision_initiative_municipality WHERE municipality_code IN ('023051', '023078')
  AND initiative_id IN (1, 2, 3, 4, 5, 6);
INSERT INTO vision_initiative_municipality (initiative_id, municipality_code) VALUES
  (2, '023035'), (5, '023035');
UPDATE vision_initiative SET clause = '平内町・今別町との連携協約 ④「戦略的な観光施策の展開」' WHERE id IN (1, 4);
UPDATE vision_initiative SET clause = '平内町・今別町との連携協約 ④「結びつきやネットワークの強化に係る連携」' WHERE id IN (2, 5);
UPDATE vision_initiative SET clause = '平内町・今別町との連携協約 ④「地域医療」' WHERE id IN (3, 6);
