-- A concluded, promulgated and filed agreement in the fictional 陸奥湾 circle (八戸市 and 野辺地町),
-- so that the public pages, the feed and the API have something published to show. Fictional
-- dates and numbers, like the circle itself.

INSERT INTO agreement (id, circle_id, partner_code, created_on, lock_version)
  VALUES (3, 3, '024015', DATE '2026-04-01', 0);

INSERT INTO agreement_version (id, agreement_id, number, kind, status, purpose, basic_policy, execution,
    consultation_months, consultation_text, term_text, termination_clause, disputes, created_on,
    feedback_opens, feedback_closes, council_review_on, concluded_on, lock_version)
  VALUES (3, 3, 1, 'CONCLUSION', 'FILED',
    '八戸市及び野辺地町が、陸奥湾沿岸の経済成長のけん引、高次の都市機能の集積・強化及び生活関連機能サービスの向上に連携して取り組み、活力ある圏域を形成することを目的とする。（架空のデモ用データ）',
    '甲及び乙は、次条に掲げる取組について、相互に役割を分担し、連携して取り組むものとする。',
    '甲及び乙は、取組の執行に当たり相互に協力し、費用の分担は取組ごとに協議の上定める。',
    12, '甲の市長及び乙の町長は、少なくとも毎年度1回、定期的に協議を行うものとする。',
    'この連携協約の期間は定めない。甲又は乙は、議会の議決を経て廃止を通告することができ、通告の日から2年を経過した日に効力を失う。',
    TRUE, 'この連携協約に定めのない事項等については、甲乙協議の上定める。',
    DATE '2026-04-01', DATE '2026-05-01', DATE '2026-05-31', DATE '2026-06-01', DATE '2026-06-30', 0);

INSERT INTO agreement_initiative (version_id, position, role, viewpoint, policy_field, title, content) VALUES
  (3, 0, 'ECONOMIC_GROWTH', NULL, '観光', '陸奥湾観光の連携', '沿岸の観光資源を結ぶ周遊ルートを共同で整備し、発信する。'),
  (3, 1, 'URBAN_FUNCTIONS', NULL, '高度医療', '救急医療体制の充実', '中核病院と町立診療所の連携により、救急搬送と専門医療の体制を整える。'),
  (3, 2, 'LIVING_SERVICES', 'LIFE_FUNCTIONS', '防災', '災害時の相互応援', '災害時の応援体制と備蓄の相互利用を定める。'),
  (3, 3, 'LIVING_SERVICES', 'NETWORKS', '公共交通', '地域公共交通の確保', '両市町を結ぶバス路線の維持・改善に共同で取り組む。'),
  (3, 4, 'LIVING_SERVICES', 'AREA_MANAGEMENT', '人材育成', '合同職員研修', '両市町の職員の合同研修と人事交流を行う。');

INSERT INTO agreement_resolution (version_id, municipality_code, resolved_on, resolution_number) VALUES
  (3, '022039', DATE '2026-06-20', '議案第45号'),
  (3, '024015', DATE '2026-06-18', '議案第12号');

INSERT INTO agreement_promulgation (version_id, municipality_code, notice_number, notified_on) VALUES
  (3, '022039', '八戸市告示第210号', DATE '2026-07-01'),
  (3, '024015', '野辺地町告示第33号', DATE '2026-07-01');

INSERT INTO agreement_filing (version_id, recipient, filed_on) VALUES
  (3, 'GOVERNOR:02', DATE '2026-07-10'),
  (3, 'MINISTRY', DATE '2026-07-10');

INSERT INTO notice (id, circle_id, kind, title_ja, title_en, body_ja, body_en, link, published_at) VALUES
  (1, 3, 'AGREEMENT_DRAFT', '八戸市と野辺地町との連携協約（締結）の案について意見を募集します',
   'Draft agreement between Hachinohe City and Noheji Town (conclusion): comments invited',
   '八戸市と野辺地町との連携協約（締結）の案を公表します。令和8年5月1日から令和8年5月31日まで、ご意見をお寄せください。',
   'The draft agreement between Hachinohe City and Noheji Town (conclusion) is published. Comments are invited from 1 May 2026 to 31 May 2026.',
   'agreements/3', TIMESTAMP '2026-05-01 00:00:00'),
  (2, 3, 'AGREEMENT_CONCLUDED', '八戸市と野辺地町との連携協約（締結）を締結しました',
   'Agreement between Hachinohe City and Noheji Town (conclusion) concluded',
   '両市町村議会の議決を経て、令和8年6月30日に連携協約（締結）を締結しました。',
   'After the resolutions of both councils, the agreement (conclusion) was concluded on 30 June 2026.',
   'agreements/3', TIMESTAMP '2026-06-30 01:00:00'),
  (3, 3, 'AGREEMENT_PROMULGATED', '八戸市と野辺地町との連携協約（締結）を告示しました',
   'Agreement between Hachinohe City and Noheji Town (conclusion) promulgated',
   '連携協約（締結）について、両市町村による告示が行われました（令和8年7月1日）。',
   'Both municipalities have publicly notified the agreement (conclusion) (last on 1 July 2026).',
   'agreements/3', TIMESTAMP '2026-07-01 01:00:00');
