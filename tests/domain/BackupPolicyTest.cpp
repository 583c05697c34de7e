// When an automatic backup is due and which backups are kept: each rule on both sides of its boundary,
// with fixed dates.
#include "domain/BackupPolicy.h"

#include <gtest/gtest.h>

namespace houqin {
namespace {

using backuppolicy::isDue;
using backuppolicy::Retention;
using backuppolicy::toKeep;

QDateTime at(int y, int m, int d, int h = 9, int min = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, min));
}

TEST(BackupPolicyTest, DueAfterAWholeDay) {
    const QDateTime now = at(2026, 11, 29, 14, 0);
    EXPECT_TRUE(isDue(std::nullopt, now));
    EXPECT_FALSE(isDue(now.addSecs(-(23 * 3600 + 59 * 60)), now)); // 23h59 old
    EXPECT_TRUE(isDue(now.addSecs(-24 * 3600), now));              // 24h00 old
    EXPECT_FALSE(isDue(now, now));
    EXPECT_TRUE(isDue(now.addSecs(60), now)); // from the future: the clock was wrong
}

TEST(BackupPolicyTest, DailyKeepsTheNewestOfEachOfTheSevenLatestDays) {
    const Retention daily{7, 0, 0};
    QList<QDateTime> taken;
    for (int d = 22; d <= 29; ++d) // eight days, one backup each
        taken << at(2026, 11, d);
    taken << at(2026, 11, 29, 8, 0); // a second, older backup on the newest day
    const QList<QDateTime> kept = toKeep(taken, daily);
    ASSERT_EQ(kept.size(), 7);
    EXPECT_EQ(kept.first(), at(2026, 11, 29));
    EXPECT_EQ(kept.last(), at(2026, 11, 23));      // the 7th day is kept
    EXPECT_FALSE(kept.contains(at(2026, 11, 22))); // the 8th is not
    EXPECT_FALSE(kept.contains(at(2026, 11, 29, 8, 0)));
}

TEST(BackupPolicyTest, ADayEndsAtMidnight) {
    const Retention oneDay{1, 0, 0};
    // 23:59 and 00:00 are two days: with one day kept, only the later survives.
    const QList<QDateTime> kept = toKeep({at(2026, 11, 28, 23, 59), at(2026, 11, 29, 0, 0)}, oneDay);
    EXPECT_EQ(kept, QList<QDateTime>{at(2026, 11, 29, 0, 0)});
    const Retention twoDays{2, 0, 0};
    EXPECT_EQ(toKeep({at(2026, 11, 28, 23, 59), at(2026, 11, 29, 0, 0)}, twoDays).size(), 2);
}

TEST(BackupPolicyTest, DaysWithoutABackupDoNotCount) {
    // Back after the summer: the backups of June are still the seven latest days that have one.
    QList<QDateTime> taken;
    for (int d = 1; d <= 7; ++d)
        taken << at(2026, 6, d);
    EXPECT_EQ(toKeep(taken, Retention{7, 0, 0}).size(), 7);
    EXPECT_EQ(toKeep({at(2025, 1, 1)}, Retention{0, 0, 0}), QList<QDateTime>{at(2025, 1, 1)}); // newest stays
}

TEST(BackupPolicyTest, AWeekRunsFromMondayToSunday) {
    const Retention weekly{0, 4, 0};
    // Sunday 2026-11-29 and Monday 2026-11-23 are one week; Sunday 2026-11-22 is the week before.
    EXPECT_EQ(toKeep({at(2026, 11, 23), at(2026, 11, 29)}, weekly), QList<QDateTime>{at(2026, 11, 29)});
    EXPECT_EQ(toKeep({at(2026, 11, 22), at(2026, 11, 23)}, weekly),
              (QList<QDateTime>{at(2026, 11, 23), at(2026, 11, 22)}));
    // Five weeks with a backup each (Sundays): four are kept, the fifth is not.
    QList<QDateTime> sundays;
    for (int w = 0; w < 5; ++w)
        sundays << at(2026, 11, 29).addDays(-7 * w);
    const QList<QDateTime> kept = toKeep(sundays, weekly);
    ASSERT_EQ(kept.size(), 4);
    EXPECT_TRUE(kept.contains(at(2026, 11, 8)));
    EXPECT_FALSE(kept.contains(at(2026, 11, 1)));
}

TEST(BackupPolicyTest, AMonthEndsOnItsLastDay) {
    const Retention monthly{0, 0, 12};
    EXPECT_EQ(toKeep({at(2026, 11, 1), at(2026, 11, 30)}, monthly), QList<QDateTime>{at(2026, 11, 30)});
    EXPECT_EQ(toKeep({at(2026, 11, 30), at(2026, 12, 1)}, monthly).size(), 2);
    // Thirteen months with a backup each: twelve are kept, the oldest is not.
    QList<QDateTime> firsts;
    for (int m = 0; m < 13; ++m)
        firsts << at(2026, 11, 1).addMonths(-m);
    const QList<QDateTime> kept = toKeep(firsts, monthly);
    ASSERT_EQ(kept.size(), 12);
    EXPECT_TRUE(kept.contains(at(2025, 12, 1)));
    EXPECT_FALSE(kept.contains(at(2025, 11, 1)));
}

TEST(BackupPolicyTest, AYearOfDailyBackupsKeepsTwentyOne) {
    QList<QDateTime> taken;
    for (QDate d(2025, 11, 30); d <= QDate(2026, 11, 29); d = d.addDays(1))
        taken << QDateTime(d, QTime(9, 0));
    const QList<QDateTime> kept = toKeep(taken);
    // 7 days (23-29 Nov), 3 more Sundays (22, 15, 8 Nov), 11 more month ends (31 Oct back to 31 Dec 2025).
    EXPECT_EQ(kept.size(), 21);
    EXPECT_TRUE(kept.contains(at(2026, 11, 8)));
    EXPECT_FALSE(kept.contains(at(2026, 11, 1)));
    EXPECT_TRUE(kept.contains(at(2025, 12, 31)));
    EXPECT_FALSE(kept.contains(at(2025, 11, 30)));
    EXPECT_TRUE(std::is_sorted(kept.begin(), kept.end(), std::greater<>()));
}

} // namespace
} // namespace houqin
