#include "domain/Settings.h"

#include <gtest/gtest.h>

using namespace houqin;

TEST(KindergartenSettings, DefaultsMatchTheRegulations) {
    const KindergartenSettings s;
    EXPECT_TRUE(s.name.isEmpty());
    EXPECT_EQ(s.campuses.size(), 1);
    EXPECT_FALSE(s.semesterStart.isValid());
    EXPECT_DOUBLE_EQ(s.minSampleWeightG, 125.0);
    EXPECT_EQ(s.sampleHoldHours, 48);
    EXPECT_DOUBLE_EQ(s.fridgeMinC, 0.0);
    EXPECT_DOUBLE_EQ(s.fridgeMaxC, 8.0);
}

TEST(KindergartenSettings, RoundTripsThroughTheSettingsTableForm) {
    KindergartenSettings s;
    s.name = QStringLiteral("新港幼儿园");
    s.campuses = {QStringLiteral("滨豪"), QStringLiteral("新港")};
    s.semesterStart = QDate(2026, 9, 1);
    s.minSampleWeightG = 150;
    s.sampleHoldHours = 72;
    s.fridgeMaxC = 4;
    EXPECT_EQ(KindergartenSettings::fromMap(s.toMap()), s);
}

TEST(KindergartenSettings, UnreadableValuesKeepDefaultsAndAreReported) {
    Issues problems;
    const auto s =
        KindergartenSettings::fromMap({{settingkey::kMinSampleWeight, QStringLiteral("lots")}}, &problems);
    EXPECT_DOUBLE_EQ(s.minSampleWeightG, 125.0);
    EXPECT_EQ(problems.size(), 1);
}

TEST(KindergartenSettings, ValidationNamesEveryProblem) {
    KindergartenSettings s;
    EXPECT_TRUE(hasErrors(s.validate())); // no name
    s.name = QStringLiteral("园");
    EXPECT_FALSE(hasErrors(s.validate()));
    s.campuses = {QStringLiteral("A"), QStringLiteral("A")};
    EXPECT_TRUE(hasErrors(s.validate()));
    s.campuses = {QStringLiteral("A")};
    s.fridgeMinC = 8;
    EXPECT_TRUE(hasErrors(s.validate()));
    s.fridgeMinC = 0;
    s.sampleHoldHours = 23;
    EXPECT_TRUE(hasErrors(s.validate()));
    s.sampleHoldHours = 24;
    EXPECT_FALSE(hasErrors(s.validate()));
}

TEST(KindergartenSettings, CanteenThresholdsDefaultToTheDomainRules) {
    const KindergartenSettings s;
    EXPECT_DOUBLE_EQ(s.pesticideThresholdPct, 50.0);
    EXPECT_EQ(s.certificateWarningDays, 30);
    EXPECT_EQ(s.licenceWarningDays, 30);
    EXPECT_DOUBLE_EQ(s.feverThresholdC, 37.3);
    EXPECT_DOUBLE_EQ(s.accountsTolerancePct, 2.0);
}

TEST(KindergartenSettings, CanteenThresholdsRoundTripUnderTheirKeys) {
    KindergartenSettings s;
    s.pesticideThresholdPct = 45;
    s.certificateWarningDays = 45;
    s.licenceWarningDays = 60;
    s.feverThresholdC = 37.5;
    s.accountsTolerancePct = 1.5;
    const QMap<QString, QString> map = s.toMap();
    EXPECT_EQ(map.value(settingkey::kPesticideThreshold), QStringLiteral("45"));
    EXPECT_EQ(map.value(settingkey::kFeverThreshold), QStringLiteral("37.5"));
    EXPECT_EQ(KindergartenSettings::fromMap(map), s);
}

TEST(KindergartenSettings, CanteenThresholdsAreValidatedAtBothEnds) {
    KindergartenSettings s;
    s.name = QStringLiteral("园");
    ASSERT_FALSE(hasErrors(s.validate()));
    const auto bad = [&](auto member, auto value) {
        KindergartenSettings t = s;
        t.*member = value;
        return hasErrors(t.validate());
    };
    EXPECT_TRUE(bad(&KindergartenSettings::pesticideThresholdPct, 9.9));
    EXPECT_FALSE(bad(&KindergartenSettings::pesticideThresholdPct, 10.0));
    EXPECT_FALSE(bad(&KindergartenSettings::pesticideThresholdPct, 90.0));
    EXPECT_TRUE(bad(&KindergartenSettings::pesticideThresholdPct, 90.1));
    EXPECT_TRUE(bad(&KindergartenSettings::certificateWarningDays, 0));
    EXPECT_FALSE(bad(&KindergartenSettings::certificateWarningDays, 180));
    EXPECT_TRUE(bad(&KindergartenSettings::certificateWarningDays, 181));
    EXPECT_TRUE(bad(&KindergartenSettings::licenceWarningDays, 0));
    EXPECT_FALSE(bad(&KindergartenSettings::licenceWarningDays, 1));
    EXPECT_TRUE(bad(&KindergartenSettings::feverThresholdC, 36.9));
    EXPECT_FALSE(bad(&KindergartenSettings::feverThresholdC, 37.0));
    EXPECT_FALSE(bad(&KindergartenSettings::feverThresholdC, 38.5));
    EXPECT_TRUE(bad(&KindergartenSettings::feverThresholdC, 38.6));
    EXPECT_TRUE(bad(&KindergartenSettings::accountsTolerancePct, -0.1));
    EXPECT_FALSE(bad(&KindergartenSettings::accountsTolerancePct, 0.0));
    EXPECT_TRUE(bad(&KindergartenSettings::accountsTolerancePct, 20.1));
}

TEST(KindergartenSettings, VisitorChecksAreOffByDefaultAndRoundTrip) {
    KindergartenSettings s;
    s.name = QStringLiteral("阳光幼儿园");
    EXPECT_TRUE(s.visitorChecks.isEmpty()); // the plan's health-code and vaccination checks are off
    s.visitorChecks = {QStringLiteral("健康码"), QStringLiteral("疫苗接种")};
    EXPECT_FALSE(hasErrors(s.validate()));
    const QMap<QString, QString> map = s.toMap();
    EXPECT_EQ(map.value(QStringLiteral("safety.visitor_checks")), QStringLiteral("健康码\n疫苗接种"));
    EXPECT_EQ(KindergartenSettings::fromMap(map).visitorChecks, s.visitorChecks);
    s.visitorChecks = {QStringLiteral("健康码"), QStringLiteral("健康码")};
    EXPECT_TRUE(hasErrors(s.validate()));
    s.visitorChecks = {QString(20, QChar(0x67E5))}; // 20 characters: still a name
    EXPECT_FALSE(hasErrors(s.validate()));
    s.visitorChecks = {QString(21, QChar(0x67E5))};
    EXPECT_TRUE(hasErrors(s.validate()));
}

TEST(KindergartenSettings, PatrolRoundTimesDefaultToTenTwoAndFive) {
    const KindergartenSettings s;
    EXPECT_EQ(s.patrolRoundTimes, (QList<QTime>{QTime(10, 0), QTime(14, 0), QTime(17, 0)}));
}

TEST(KindergartenSettings, PatrolRoundTimesRoundTripUnderTheirKeys) {
    KindergartenSettings s;
    s.name = QStringLiteral("阳光幼儿园");
    s.patrolRoundTimes = {QTime(9, 30), QTime(13, 45), QTime(16, 30)};
    const QMap<QString, QString> map = s.toMap();
    EXPECT_EQ(map.value(QStringLiteral("staff.patrol.round1_after")), QStringLiteral("09:30"));
    EXPECT_EQ(map.value(QStringLiteral("staff.patrol.round2_after")), QStringLiteral("13:45"));
    EXPECT_EQ(map.value(QStringLiteral("staff.patrol.round3_after")), QStringLiteral("16:30"));
    EXPECT_EQ(KindergartenSettings::fromMap(map), s);
    // An unreadable time keeps the default and is reported.
    QMap<QString, QString> broken = map;
    broken.insert(QStringLiteral("staff.patrol.round2_after"), QStringLiteral("25:00"));
    Issues problems;
    const KindergartenSettings read = KindergartenSettings::fromMap(broken, &problems);
    EXPECT_EQ(read.patrolRoundTimes.at(1), QTime(14, 0));
    EXPECT_EQ(problems.size(), 1);
}

TEST(KindergartenSettings, PatrolRoundTimesMustIncrease) {
    KindergartenSettings s;
    s.name = QStringLiteral("阳光幼儿园");
    auto errorOn = [&s](int round) {
        for (const Issue& i : s.validate())
            if (i.isError() && i.field == settingkey::patrolRoundTime(round))
                return true;
        return false;
    };
    EXPECT_FALSE(hasErrors(s.validate()));
    s.patrolRoundTimes = {QTime(10, 0), QTime(10, 1), QTime(10, 2)}; // a minute apart: increasing
    EXPECT_FALSE(hasErrors(s.validate()));
    s.patrolRoundTimes = {QTime(10, 0), QTime(10, 0), QTime(17, 0)}; // equal: not after
    EXPECT_TRUE(errorOn(2));
    s.patrolRoundTimes = {QTime(10, 0), QTime(14, 0), QTime(13, 59)};
    EXPECT_TRUE(errorOn(3));
    EXPECT_FALSE(errorOn(2));
    s.patrolRoundTimes = {QTime(10, 0), QTime(14, 0), QTime()};
    EXPECT_TRUE(errorOn(3));
    s.patrolRoundTimes = {QTime(10, 0), QTime(14, 0)};
    EXPECT_TRUE(hasErrors(s.validate()));
}

TEST(KindergartenSettings, AssetThresholdsAndCodePrefixesRoundTripAndAreValidated) {
    KindergartenSettings s;
    s.name = QStringLiteral("阳光幼儿园");
    s.campuses = {QStringLiteral("滨豪校区"), QStringLiteral("新港校区")};
    EXPECT_EQ(s.fixedAssetThresholdFen, 100000);       // 1,000.00 yuan
    EXPECT_EQ(s.specialEquipmentThresholdFen, 150000); // 1,500.00 yuan
    EXPECT_EQ(s.assetCodePrefix(QStringLiteral("新港校区")), QStringLiteral("A2"));
    s.fixedAssetThresholdFen = 120000;
    s.specialEquipmentThresholdFen = 180000;
    s.assetCodePrefixes = {QStringLiteral("滨豪校区=BH"), QStringLiteral("新港校区=XG")};
    EXPECT_FALSE(hasErrors(s.validate()));
    const KindergartenSettings back = KindergartenSettings::fromMap(s.toMap());
    EXPECT_EQ(back, s);
    EXPECT_EQ(back.assetCodePrefix(QStringLiteral("新港校区")), QStringLiteral("XG"));
    // The bounds: 100.00 and 100,000.00 yuan are allowed, a fen beyond is not.
    s.fixedAssetThresholdFen = 10000;
    EXPECT_FALSE(hasErrors(s.validate()));
    s.fixedAssetThresholdFen = 9999;
    EXPECT_TRUE(hasErrors(s.validate()));
    s.fixedAssetThresholdFen = 100000;
    s.specialEquipmentThresholdFen = 10000000;
    EXPECT_FALSE(hasErrors(s.validate()));
    s.specialEquipmentThresholdFen = 10000001;
    EXPECT_TRUE(hasErrors(s.validate()));
    // Special equipment never below the general threshold.
    s.specialEquipmentThresholdFen = 99999;
    EXPECT_TRUE(hasErrors(s.validate()));
    s.specialEquipmentThresholdFen = 100000;
    EXPECT_FALSE(hasErrors(s.validate()));
    // A prefix names a listed campus, is short capitals or digits, and is not shared.
    s.assetCodePrefixes = {QStringLiteral("南湖校区=NH")};
    EXPECT_TRUE(hasErrors(s.validate()));
    s.assetCodePrefixes = {QStringLiteral("滨豪校区=bh")};
    EXPECT_TRUE(hasErrors(s.validate()));
    s.assetCodePrefixes = {QStringLiteral("滨豪校区=BH"), QStringLiteral("新港校区=BH")};
    EXPECT_TRUE(hasErrors(s.validate()));
}

TEST(KindergartenSettings, TrainingDefaultsArePassMarkSixtyAndThePlansRubric) {
    const KindergartenSettings s;
    EXPECT_DOUBLE_EQ(s.examPassMark, 60.0);
    ASSERT_EQ(s.appraisalRubric.size(), 4);
    EXPECT_EQ(s.appraisalRubric[0], (RubricItem{QStringLiteral("出勤纪律"), 20}));
    EXPECT_EQ(s.appraisalRubric[1], (RubricItem{QStringLiteral("岗位职责"), 30}));
    EXPECT_EQ(s.appraisalRubric[2], (RubricItem{QStringLiteral("卫生保育"), 30}));
    EXPECT_EQ(s.appraisalRubric[3], (RubricItem{QStringLiteral("服务态度"), 20}));
    EXPECT_DOUBLE_EQ(s.gradeExcellent, 90.0);
    EXPECT_DOUBLE_EQ(s.gradeGood, 80.0);
    EXPECT_DOUBLE_EQ(s.gradePass, 60.0);
}

TEST(KindergartenSettings, TrainingSettingsRoundTripUnderTheirKeys) {
    KindergartenSettings s;
    s.examPassMark = 70;
    s.appraisalRubric = {
        {QStringLiteral("出勤"), 33.3}, {QStringLiteral("职责"), 33.3}, {QStringLiteral("态度"), 33.4}};
    s.gradeGood = 85;
    const auto map = s.toMap();
    EXPECT_EQ(map.value(settingkey::kAppraisalRubric), QStringLiteral("出勤=33.3\n职责=33.3\n态度=33.4"));
    EXPECT_EQ(map.value(settingkey::kExamPassMark), QStringLiteral("70"));
    EXPECT_EQ(KindergartenSettings::fromMap(map), s);
}

TEST(KindergartenSettings, RubricWeightsMustTotalOneHundred) {
    KindergartenSettings s;
    s.name = QStringLiteral("园");
    EXPECT_FALSE(hasErrors(s.validate()));
    s.appraisalRubric[0].weight = 19.9; // 99.9
    ASSERT_TRUE(hasErrors(s.validate()));
    EXPECT_TRUE(s.validate().first().message.contains(QStringLiteral("99.9")));
    EXPECT_EQ(s.validate().first().field, settingkey::kAppraisalRubric);
    s.appraisalRubric[0].weight = 20.1; // 100.1
    EXPECT_TRUE(hasErrors(s.validate()));
    s.appraisalRubric[0].weight = 20;
    s.appraisalRubric << RubricItem{QStringLiteral("出勤纪律"), 0.1};
    s.appraisalRubric[3].weight = 19.9;
    EXPECT_TRUE(hasErrors(s.validate())); // an item twice
    s.appraisalRubric = {};
    EXPECT_TRUE(hasErrors(s.validate()));
    s.appraisalRubric = {{QStringLiteral("全部"), 100}};
    EXPECT_FALSE(hasErrors(s.validate()));
}

TEST(KindergartenSettings, RubricTextIsReadLineByLineAndBadLinesAreNamed) {
    Issues problems;
    const auto rubric = KindergartenSettings::parseRubric(
        QStringLiteral("出勤纪律＝20%\n\n岗位职责 = 80\n卫生保育"), &problems);
    ASSERT_EQ(rubric.size(), 2);
    EXPECT_EQ(rubric[0], (RubricItem{QStringLiteral("出勤纪律"), 20}));
    EXPECT_EQ(rubric[1], (RubricItem{QStringLiteral("岗位职责"), 80}));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().message.contains(QStringLiteral("4")));
    EXPECT_TRUE(problems.first().message.contains(QStringLiteral("卫生保育")));
}

TEST(KindergartenSettings, ExamPassMarkAndGradesAreValidated) {
    KindergartenSettings s;
    s.name = QStringLiteral("园");
    s.examPassMark = 100.1;
    EXPECT_TRUE(hasErrors(s.validate()));
    s.examPassMark = 100;
    EXPECT_FALSE(hasErrors(s.validate()));
    s.gradeGood = 90; // not below 优秀
    EXPECT_TRUE(hasErrors(s.validate()));
    s.gradeGood = 89.9;
    EXPECT_FALSE(hasErrors(s.validate()));
}

// The reminder windows: the plan's defaults, their keys, and each range on both sides.
TEST(KindergartenSettings, ReminderWindowsDefaultToThePlan) {
    const KindergartenSettings s;
    EXPECT_EQ(s.drillRemindFromQuarterMonth, 2);
    EXPECT_EQ(s.agreementsRemindFromWeek, 2);
    EXPECT_EQ(s.educationRemindFromDay, 20);
    EXPECT_EQ(s.studyIntervalDays, 14);
    EXPECT_EQ(s.examRemindLastDays, 7);
    EXPECT_EQ(s.appraisalRemindFromDay, 25);
    EXPECT_EQ(s.urgentRepairWaitDays, 1);
    EXPECT_EQ(s.repairOpenDays, 7);
    EXPECT_EQ(s.loansReturnFromWeek, 19);
    EXPECT_EQ(s.accountsRemindFromDay, 6);
    EXPECT_EQ(s.menuRemindFromWeekday, 4);
    EXPECT_EQ(s.lockAfterMinutes, 15);
}

TEST(KindergartenSettings, ReminderWindowsRoundTripAndAreValidatedAtBothEnds) {
    using namespace settingkey;
    struct Window {
        QString key;
        int KindergartenSettings::*member;
        int min, max;
    };
    using K = KindergartenSettings;
    const QList<Window> windows{{kDrillRemindFromQuarterMonth, &K::drillRemindFromQuarterMonth, 1, 3},
                                {kAgreementsRemindFromWeek, &K::agreementsRemindFromWeek, 1, 20},
                                {kEducationRemindFromDay, &K::educationRemindFromDay, 1, 28},
                                {kStudyIntervalDays, &K::studyIntervalDays, 1, 60},
                                {kExamRemindLastDays, &K::examRemindLastDays, 1, 28},
                                {kAppraisalRemindFromDay, &K::appraisalRemindFromDay, 1, 28},
                                {kUrgentRepairWaitDays, &K::urgentRepairWaitDays, 0, 30},
                                {kRepairOpenDays, &K::repairOpenDays, 1, 365},
                                {kLoansReturnFromWeek, &K::loansReturnFromWeek, 1, 20},
                                {kAccountsRemindFromDay, &K::accountsRemindFromDay, 1, 28},
                                {kMenuRemindFromWeekday, &K::menuRemindFromWeekday, 1, 7},
                                {kLockAfterMinutes, &K::lockAfterMinutes, 1, 240}};
    for (const Window& w : windows) {
        SCOPED_TRACE(w.key.toStdString());
        KindergartenSettings s;
        s.name = QStringLiteral("新港幼儿园");
        for (int v : {w.min, w.max}) {
            s.*w.member = v;
            EXPECT_EQ(KindergartenSettings::fromMap(s.toMap()).*w.member, v);
            EXPECT_FALSE(hasErrors(s.validate()));
        }
        for (int v : {w.min - 1, w.max + 1}) {
            s.*w.member = v;
            const Issues issues = s.validate();
            ASSERT_EQ(issues.size(), 1);
            EXPECT_EQ(issues.first().field, w.key);
        }
    }
}
