-- 要綱 第5(2)④: an initiative's policy field is one of the 要綱's (ア a–e, イ a–d, ウ A a–h, B a–f,
-- C a–f), no longer free text, and each initiative records the 役割分担 — the central city's part and
-- the partner's (地方自治法 252条の2①). Free text written before is coded by what it says; under ウA,
-- which has no "other", text that matches nothing stays empty and the checklist asks for a field.
ALTER TABLE agreement_initiative ADD COLUMN central_role VARCHAR(2000);
ALTER TABLE agreement_initiative ADD COLUMN partner_role VARCHAR(2000);

UPDATE agreement_initiative SET policy_field = CASE
  WHEN role = 'ECONOMIC_GROWTH' THEN CASE
    WHEN policy_field LIKE '%推進体制%' OR policy_field LIKE '%経済戦略%' THEN 'GROWTH_STRATEGY'
    WHEN policy_field LIKE '%産業%' OR policy_field LIKE '%イノベーション%' OR policy_field LIKE '%創業%' THEN 'GROWTH_INDUSTRY'
    WHEN policy_field LIKE '%地域経済%' OR policy_field LIKE '%地域資源%' OR policy_field LIKE '%ブランド%' THEN 'GROWTH_LOCAL_RESOURCES'
    WHEN policy_field LIKE '%観光%' THEN 'GROWTH_TOURISM'
    ELSE 'GROWTH_OTHER' END
  WHEN role = 'URBAN_FUNCTIONS' THEN CASE
    WHEN policy_field LIKE '%医療%' THEN 'URBAN_MEDICAL'
    WHEN policy_field LIKE '%交通%' OR policy_field LIKE '%拠点%' THEN 'URBAN_HUBS_TRANSPORT'
    WHEN policy_field LIKE '%教育%' OR policy_field LIKE '%研究%' THEN 'URBAN_HIGHER_EDUCATION'
    ELSE 'URBAN_OTHER' END
  WHEN viewpoint = 'LIFE_FUNCTIONS' THEN CASE
    WHEN policy_field LIKE '%医療%' THEN 'LIFE_MEDICAL'
    WHEN policy_field LIKE '%介護%' THEN 'LIFE_CARE'
    WHEN policy_field LIKE '%福祉%' OR policy_field LIKE '%子育て%' THEN 'LIFE_WELFARE'
    WHEN policy_field LIKE '%教育%' OR policy_field LIKE '%文化%' OR policy_field LIKE '%スポーツ%' THEN 'LIFE_EDUCATION'
    WHEN policy_field LIKE '%土地利用%' THEN 'LIFE_LAND_USE'
    WHEN policy_field LIKE '%地域振興%' OR policy_field LIKE '%にぎわい%' THEN 'LIFE_REGIONAL'
    WHEN policy_field LIKE '%災害%' OR policy_field LIKE '%防災%' THEN 'LIFE_DISASTER'
    WHEN policy_field LIKE '%環境%' OR policy_field LIKE '%ごみ%' OR policy_field LIKE '%エネルギー%' THEN 'LIFE_ENVIRONMENT'
    ELSE NULL END
  WHEN viewpoint = 'NETWORKS' THEN CASE
    WHEN policy_field LIKE '%交通%' THEN 'NETWORK_TRANSPORT'
    WHEN policy_field LIKE '%デジタル%' OR policy_field LIKE '%ICT%' OR policy_field LIKE '%情報%' THEN 'NETWORK_DIGITAL'
    WHEN policy_field LIKE '%道路%' OR policy_field LIKE '%インフラ%' THEN 'NETWORK_ROADS'
    WHEN policy_field LIKE '%地産地消%' THEN 'NETWORK_LOCAL_PRODUCE'
    WHEN policy_field LIKE '%交流%' OR policy_field LIKE '%移住%' THEN 'NETWORK_EXCHANGE'
    ELSE 'NETWORK_OTHER' END
  WHEN viewpoint = 'AREA_MANAGEMENT' THEN CASE
    WHEN policy_field LIKE '%確保%' THEN 'MANAGEMENT_RECRUITMENT'
    WHEN policy_field LIKE '%人材%' OR policy_field LIKE '%育成%' OR policy_field LIKE '%研修%' THEN 'MANAGEMENT_TRAINING'
    WHEN policy_field LIKE '%職員%' OR policy_field LIKE '%交流%' THEN 'MANAGEMENT_STAFF_EXCHANGE'
    WHEN policy_field LIKE '%施設%' THEN 'MANAGEMENT_FACILITIES'
    WHEN policy_field LIKE '%共同%' THEN 'MANAGEMENT_JOINT_WORK'
    ELSE 'MANAGEMENT_OTHER' END
  ELSE NULL END
WHERE policy_field IS NULL OR policy_field NOT IN ('GROWTH_STRATEGY', 'GROWTH_INDUSTRY', 'GROWTH_LOCAL_RESOURCES', 'GROWTH_TOURISM', 'GROWTH_OTHER', 'URBAN_MEDICAL', 'URBAN_HUBS_TRANSPORT', 'URBAN_HIGHER_EDUCATION', 'URBAN_OTHER', 'LIFE_MEDICAL', 'LIFE_CARE', 'LIFE_WELFARE', 'LIFE_EDUCATION', 'LIFE_LAND_USE', 'LIFE_REGIONAL', 'LIFE_DISASTER', 'LIFE_ENVIRONMENT', 'NETWORK_TRANSPORT', 'NETWORK_DIGITAL', 'NETWORK_ROADS', 'NETWORK_LOCAL_PRODUCE', 'NETWORK_EXCHANGE', 'NETWORK_OTHER', 'MANAGEMENT_TRAINING', 'MANAGEMENT_RECRUITMENT', 'MANAGEMENT_STAFF_EXCHANGE', 'MANAGEMENT_FACILITIES', 'MANAGEMENT_JOINT_WORK', 'MANAGEMENT_OTHER');
