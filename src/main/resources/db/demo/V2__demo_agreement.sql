-- The 青森 agreement with 平内町 as a draft: purpose and the 15 initiatives from seeds/001 (連携協約（案）の概要);
-- the other clauses in the usual wording, written for the demo. Only the central city, 平内町 and both councils see it.

INSERT INTO agreement (id, circle_id, partner_code, created_on, lock_version)
  VALUES (1, 1, '023035', DATE '2026-11-01', 0);

INSERT INTO agreement_version (id, agreement_id, number, kind, status, purpose, basic_policy, execution,
    consultation_months, consultation_text, term_text, termination_clause, disputes, created_on, lock_version)
  VALUES (1, 1, 1, 'CONCLUSION', 'DRAFT',
    '甲及び乙が、圏域全体の経済成長のけん引、高次の都市機能の集積・強化及び圏域全体の生活関連機能サービスの向上に関する取組を相互に連携して実施することにより、圏域に有する「うみ・まち・ひと」にわたる地域資源を結びつけながら、圏域の住民が活力にあふれ、圏域外の住民に魅力を発信できる持続可能で発展する圏域を形成することを目的とする。',
    '甲及び乙は、前条の目的を達成するため、次条に掲げる取組について、相互に役割を分担し、連携して取り組むものとする。',
    '甲及び乙は、連携する取組の執行に当たり、相互に連携し、協力するものとする。取組に要する費用の分担は、取組ごとに甲乙協議の上、定める。',
    12,
    '甲の市長及び乙の町長は、連携する取組の円滑な推進を図るため、定期的に協議を行うものとする。',
    'この連携協約の期間は定めない。甲又は乙は、議会の議決を経てこの連携協約の廃止を求める旨を相手方に通告することができる。',
    TRUE,
    'この連携協約に定めのない事項又はこの連携協約に関し疑義が生じた事項については、甲乙協議の上、定める。',
    DATE '2026-11-01', 0);

INSERT INTO agreement_initiative (version_id, position, role, viewpoint, policy_field, title, content) VALUES
  (1, 0, 'ECONOMIC_GROWTH', NULL, '推進体制', '産学金官民一体となった圏域の経済成長等の推進体制の整備', '産学官民一体となった青森圏域連携中枢都市圏ビジョン懇談会（以下「ビジョン懇談会」という。）等の推進体制を整備・運営し、連携中枢都市圏ビジョンの策定、進捗管理等に取り組む。'),
  (1, 1, 'ECONOMIC_GROWTH', NULL, '産業振興', '産業クラスターの形成、イノベーション実現、新規創業促進、地域の中堅企業等を核とした戦略産業の育成', '産業クラスターの形成、イノベーション実現、新規創業促進、地域の中堅企業等を核とした戦略産業の育成を図るため、起業支援等、各種連携事業に取り組む。'),
  (1, 2, 'ECONOMIC_GROWTH', NULL, '地域経済', '地域資源を活用した地域経済の裾野拡大', '地域資源の活用による地域ブランド育成や販路拡大等、地域経済の裾野拡大を図るため、各種連携事業に取り組む。'),
  (1, 3, 'ECONOMIC_GROWTH', NULL, '観光', '戦略的な観光施策の展開', '圏域の観光資源を活用した魅力向上や情報発信等、圏域への誘客拡大を図るため、各種連携事業に取り組む。'),
  (1, 4, 'URBAN_FUNCTIONS', NULL, '高等教育', '高等教育・研究開発の環境整備', '高等教育機関等と連携し、人材育成及び地域振興に向け、各種連携事業に取り組む。'),
  (1, 5, 'LIVING_SERVICES', 'LIFE_FUNCTIONS', '医療', '地域医療', '地域医療の充実を図るため、地域の医療従事者に対する研修や医療機器の共同利用等、各種連携事業に取り組む。'),
  (1, 6, 'LIVING_SERVICES', 'LIFE_FUNCTIONS', '介護', '介護', '高齢者等が住み慣れた地域で安心して暮らせる体制の構築に向けた支援等、各種連携事業に取り組む。'),
  (1, 7, 'LIVING_SERVICES', 'LIFE_FUNCTIONS', '福祉', '保健・福祉', '子育て環境の充実、高齢者や障害者への支援、健康寿命延伸に向けた取組等、保健・福祉の向上を図るため、各種連携事業に取り組む。'),
  (1, 8, 'LIVING_SERVICES', 'LIFE_FUNCTIONS', '教育・文化・スポーツ', '教育・文化・スポーツ', '学校教育や社会教育環境等の充実を図るため、各種連携事業に取り組む。'),
  (1, 9, 'LIVING_SERVICES', 'LIFE_FUNCTIONS', '地域振興', '地域振興', '地域のにぎわい創出等、地域振興に向け、各種連携事業に取り組む。'),
  (1, 10, 'LIVING_SERVICES', 'LIFE_FUNCTIONS', '災害対策', '災害対策', '災害時応援体制の整備や人材育成等、防災体制の充実を図るため、各種連携事業に取り組む。'),
  (1, 11, 'LIVING_SERVICES', 'LIFE_FUNCTIONS', '環境', '環境', '陸奥湾をはじめ自然環境の保全を図るため、各種連携事業に取り組む。'),
  (1, 12, 'LIVING_SERVICES', 'NETWORKS', '交流・移住', '移住促進', '移住・定住の促進を図るため、圏域の情報発信や移住相談体制の充実等、各種連携事業に取り組む。'),
  (1, 13, 'LIVING_SERVICES', 'NETWORKS', '結びつきやネットワーク', '結びつきやネットワークの強化に係る連携', '結びつきやネットワークの強化に係る分野の充実を図るため、消費生活相談や啓発の実施等、連携中枢都市圏構想の趣旨に沿うものに取り組む。'),
  (1, 14, 'LIVING_SERVICES', 'AREA_MANAGEMENT', '人材育成', '人材の育成', '圏域職員の資質等の向上を図るため、合同職員研修や職員の人事交流等、各種連携事業に取り組む。');

-- 今別町 has only just started talks: an empty draft, which 平内町's people must never see.
INSERT INTO agreement (id, circle_id, partner_code, created_on, lock_version)
  VALUES (2, 1, '023043', DATE '2026-11-15', 0);
INSERT INTO agreement_version (id, agreement_id, number, kind, status, consultation_months, termination_clause, created_on, lock_version)
  VALUES (2, 2, 1, 'CONCLUSION', 'DRAFT', 12, TRUE, DATE '2026-11-15', 0);
