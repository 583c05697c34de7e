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
