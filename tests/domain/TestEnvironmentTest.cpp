// Under ctest every test runs with the environment tests/CMakeLists.txt gives it (HOUQIN_TEST_ENVIRONMENT:
// Qt without a display, one locale), whatever the shell that started ctest has. gtest_discover_tests once
// split that list on ";" and only its first variable arrived, so LC_ALL never reached a test.
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <gtest/gtest.h>

TEST(TestEnvironment, CtestGivesEveryVariableOfTheList) {
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("HOUQIN_CTEST")))
        GTEST_SKIP() << "not run by ctest";
    const QStringList assignments = QStringLiteral(HOUQIN_TEST_ENVIRONMENT).split(QLatin1Char('|'));
    ASSERT_GE(assignments.size(), 3);
    for (const QString& assignment : assignments) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        ASSERT_GT(eq, 0) << assignment.toStdString();
        const QString name = assignment.left(eq);
        EXPECT_TRUE(env.contains(name)) << name.toStdString() << " is not set";
        EXPECT_EQ(env.value(name).toStdString(), assignment.mid(eq + 1).toStdString()) << name.toStdString();
    }
}
