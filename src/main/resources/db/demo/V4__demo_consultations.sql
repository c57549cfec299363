-- Demo mayoral consultations of the 青森 circle (fictional dates and contents, for the demo only):
-- one held with 平内町 and 今別町 whose minutes all three approved but nobody published yet, and
-- one with 蓬田村 and 外ヶ浜町 still being scheduled.

INSERT INTO consultation (id, circle_id, title, purpose, status, confirmed_slot_id, ical_sequence, created_by, created_at, lock_version) VALUES
  (1, 1, '定期協議（青森市・平内町・今別町）令和8年度第1回【デモ】', '観光連携と地域公共交通の取組の進み具合を確認する（架空のデモデータ）。', 'CONFIRMED', 2, 1, 'aomori-mayor', '2026-09-01 10:00:00', 0),
  (2, 1, '定期協議（青森市・蓬田村・外ヶ浜町）令和8年度第1回【デモ】', '医療連携と移住促進の取組について（架空のデモデータ）。', 'SCHEDULING', NULL, 0, 'aomori-mayor', '2026-11-10 09:00:00', 0);

INSERT INTO consultation_participant (consultation_id, municipality_code) VALUES
  (1, '023035'), (1, '023043'), (2, '023051'), (2, '023078');

INSERT INTO consultation_slot (id, consultation_id, starts_at, ends_at, place, online_url) VALUES
  (1, 1, '2026-10-13 14:00:00', '2026-10-13 15:30:00', '青森市役所 本庁舎 第1会議室', NULL),
  (2, 1, '2026-10-20 14:00:00', '2026-10-20 15:30:00', '青森市役所 本庁舎 第1会議室', NULL),
  (3, 2, '2027-01-19 10:00:00', '2027-01-19 11:30:00', '蓬田村役場', NULL),
  (4, 2, '2027-01-26 15:00:00', '2027-01-26 16:30:00', NULL, 'https://meet.example.jp/renkei-demo');

INSERT INTO slot_answer (slot_id, municipality_code, available, answered_by, answered_at) VALUES
  (1, '023035', FALSE, 'hiranai-staff', '2026-09-03 09:00:00'),
  (2, '023035', TRUE, 'hiranai-staff', '2026-09-03 09:00:00'),
  (1, '023043', TRUE, 'imabetsu-staff', '2026-09-04 11:00:00'),
  (2, '023043', TRUE, 'imabetsu-staff', '2026-09-04 11:00:00');

INSERT INTO agenda_item (id, consultation_id, title, proposed_by, created_by, created_at) VALUES
  (1, 1, '陸奥湾沿岸の広域観光パンフレットの共同作成', '023035', 'hiranai-staff', '2026-09-10 09:00:00'),
  (2, 1, '青森市と今別町を結ぶ路線バスの見直し', '022012', 'aomori-mayor', '2026-09-10 10:00:00');

INSERT INTO material (id, agenda_item_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at) VALUES
  (1, 1, '広域観光パンフレット案（デモ）.pdf', 'application/pdf', 862, 'a20a157fd0e51bb49a4b7f57842b26f4e1cbac976a4671a0b0c79d2f0008fb37', 'hiranai-staff', '2026-09-10 09:05:00');

INSERT INTO material_content (material_id, content) VALUES
  (1, ${binaryStart}255044462d312e360a25f6e4fcdf0a312030206f626a0a3c3c0a2f54797065202f436174616c6f670a2f56657273696f6e202f312e360a2f50616765732032203020520a3e3e0a656e646f626a0a372030206f626a0a3c3c0a2f4c656e6774682039300a2f46696c746572202f466c6174654465636f64650a3e3e0a73747265616d0d0a789c05c13b0e80201005c07e4ff14aadfcc4486269d4136c6983087189b809e2fd9d99999aad43378003991e666cc127558b4f8a648bcf62ef0951e52928fa6579138eaceefab2c75e057145f4b1f75ed7e0482bd30febaf19950d0a656e6473747265616d0a656e646f626a0a382030206f626a0a3c3c0a2f4c656e677468203139350a2f54797065202f4f626a53746d0a2f4e20350a2f46696c746572202f466c6174654465636f64650a2f46697273742032370a3e3e0a73747265616d0d0a789c558ecb0ac23010457fe57e41a769d33682085614410451c185b8886d908024625ad1bf77da828f4516f7cce4cc4d1023854c2021648e0c224f9143140ae331ed5f3703dae88b09a095ad038e297fd8e2049af9d63510984cfe37416b535b5dfa278e7114a37bd9288b922263b59222526aa43ac346df0d2b92de485b137c7baff8921cc0ccbb86e701459f873b0b86dcf20708aefb8d438f7e8b76edb9e9630705a8d4c10c93a5b93e4c632b0d9abbcad7d65d4007eba62ed80f60e11bf0c54e5d0d0a656e6473747265616d0a656e646f626a0a392030206f626a0a3c3c0a2f4c656e6774682033330a2f526f6f742031203020520a2f4944205b3c323844343045383343433034443946393833453433334636383034313234464334343035343346463631344237443641463934444435354237354634343338423e203c323844343045383343433034443946393833453433334636383034313234464334343035343346463631344237443641463934444435354237354634343338423e5d0a2f54797065202f585265660a2f53697a652031300a2f496e646578205b3020395d0a2f57205b31203120315d0a2f46696c746572202f466c6174654465636f64650a3e3e0a73747265616d0d0a789c6360f8cfc8cfc0c401448c4c1c4c4c1ccc4c1c2c8c7e0c8c1f1900210e028d0d0a656e6473747265616d0a656e646f626a0a7374617274787265660a3533390a2525454f460a${binaryEnd});

INSERT INTO minutes (id, consultation_id, status, body, revision, corrects_id, updated_by, updated_at, final_at, published_at, lock_version) VALUES
  (1, 1, 'FINAL', '1 広域観光パンフレットの共同作成について
平内町から案の説明があり、令和9年3月までに三市町で共同作成することを確認した。

2 路線バスの見直しについて
青森市から現状の説明があり、今別町と利用実態の調査を行うこととした。', 2, NULL, 'aomori-mayor', '2026-10-27 16:00:00', '2026-11-02 10:00:00', NULL, 0);

INSERT INTO minutes_approval (minutes_id, municipality_code, revision, approved_by, approved_at) VALUES
  (1, '022012', 2, 'aomori-mayor', '2026-10-28 09:00:00'),
  (1, '023035', 2, 'hiranai-staff', '2026-10-30 15:00:00'),
  (1, '023043', 2, 'imabetsu-staff', '2026-11-02 10:00:00');

INSERT INTO minutes_comment (id, minutes_id, revision, municipality_code, author, body, change_requested, created_at) VALUES
  (1, 1, 1, '023035', 'hiranai-staff', '「令和9年3月まで」の期限を明記してください。', TRUE, '2026-10-24 13:00:00');

INSERT INTO action_item (id, circle_id, consultation_id, title, owner_code, due_on, done_on, done_by, lock_version) VALUES
  (1, 1, 1, '広域観光パンフレットの原稿を作成する', '023035', '2027-01-31', NULL, NULL, 0),
  (2, 1, 1, '路線バスの利用実態調査の方法を決める', '023043', '2026-11-20', NULL, NULL, 0);
