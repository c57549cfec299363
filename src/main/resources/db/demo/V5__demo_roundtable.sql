-- Demo roundtable of the 青森 circle. The people and organisations are fictional (labelled デモ);
-- the sectors are those 要綱 第6(4) names. 'roundtable-aomori' is the demo login of 北 学.

INSERT INTO roundtable_member (id, circle_id, name, affiliation, sector, term_start, term_end, username, lock_version) VALUES
  (1, 1, '北 学', '青森デモ大学 地域連携センター', 'UNIVERSITY', '2026-04-01', '2028-03-31', 'roundtable-aomori', 0),
  (2, 1, '浜田 商', '青森デモ商工会議所', 'INDUSTRY', '2026-04-01', '2028-03-31', NULL, 0),
  (3, 1, '金井 信', 'デモ信用金庫', 'FINANCE', '2026-04-01', '2028-03-31', NULL, 0),
  (4, 1, '医王 健', 'デモ市民病院', 'MEDICAL', '2026-04-01', '2028-03-31', NULL, 0),
  (5, 1, '路線 運', 'デモ交通株式会社', 'PUBLIC_TRANSPORT', '2026-04-01', '2028-03-31', NULL, 0),
  (6, 1, '旧委員 太郎', 'デモ観光協会', 'OTHER', '2024-04-01', '2026-03-31', NULL, 0);

INSERT INTO roundtable_meeting (id, circle_id, title, held_at, place, agenda, minutes, minutes_published_at, created_by, lock_version) VALUES
  (1, 1, '令和8年度 第1回 青森圏域ビジョン懇談会【デモ】', '2026-10-05 14:00:00', '青森市役所 本庁舎 大会議室',
   '1 ビジョン改訂の進め方
2 重点プロジェクトのKPIの実績',
   '1 改訂の進め方について事務局から説明し、了承された。
2 KPIの実績について、交通分野の委員から路線バスの利用者数の把握方法について意見があった。',
   NULL, 'aomori-mayor', 0);

INSERT INTO roundtable_attendance (meeting_id, member_id) VALUES (1, 1), (1, 2), (1, 4), (1, 5);
