-- Issue 17.8: the demo's initiatives carry the 要綱's policy fields (V25 codes data written before
-- it; the demo's own rows are written after, so they are coded here, by the demo's own wording) and
-- the 役割分担 of the real 青森 agreement (seeds/001, 第3条: "青森市は中心的な役割を担い、各町村は連携
-- して取組む"); 陸奥湾's, like that circle, is fictional.
UPDATE agreement_initiative SET policy_field = CASE policy_field
    WHEN '推進体制' THEN 'GROWTH_STRATEGY'
    WHEN '産業振興' THEN 'GROWTH_INDUSTRY'
    WHEN '地域経済' THEN 'GROWTH_LOCAL_RESOURCES'
    WHEN '観光' THEN 'GROWTH_TOURISM'
    WHEN '高等教育' THEN 'URBAN_HIGHER_EDUCATION'
    WHEN '高度医療' THEN 'URBAN_MEDICAL'
    WHEN '医療' THEN 'LIFE_MEDICAL'
    WHEN '介護' THEN 'LIFE_CARE'
    WHEN '福祉' THEN 'LIFE_WELFARE'
    WHEN '教育・文化・スポーツ' THEN 'LIFE_EDUCATION'
    WHEN '地域振興' THEN 'LIFE_REGIONAL'
    WHEN '災害対策' THEN 'LIFE_DISASTER'
    WHEN '防災' THEN 'LIFE_DISASTER'
    WHEN '環境' THEN 'LIFE_ENVIRONMENT'
    WHEN '公共交通' THEN 'NETWORK_TRANSPORT'
    WHEN '交流・移住' THEN 'NETWORK_EXCHANGE'
    WHEN '結びつきやネットワーク' THEN 'NETWORK_OTHER'
    WHEN '人材育成' THEN 'MANAGEMENT_TRAINING'
    ELSE policy_field END;

UPDATE agreement_initiative
  SET central_role = '中心的な役割を担う。',
      partner_role = '青森市と連携して取り組む。'
  WHERE version_id IN (SELECT v.id FROM agreement_version v JOIN agreement a ON a.id = v.agreement_id
                       WHERE a.circle_id = 1);

UPDATE agreement_initiative
  SET central_role = '八戸市は、取組の企画と関係機関との調整を担う。（架空）',
      partner_role = '平内町は、八戸市と連携して取り組み、町内の事業者との調整を担う。（架空）'
  WHERE version_id IN (SELECT v.id FROM agreement_version v JOIN agreement a ON a.id = v.agreement_id
                       WHERE a.circle_id = 3);
