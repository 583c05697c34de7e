// Users on the command line (issue #13): the first director without signing in, then --user with the
// password from HOUQIN_PASSWORD; a missing user, a wrong password and a missing permission exit with 5
// and say which; the audit trail verifies, and a changed row is named with exit 4.
#include "CliHarness.h"
#include "TestSupport.h"
#include "storage/Query.h"

#include <gtest/gtest.h>

using namespace houqin;
using test::runCli;

namespace {
class UsersCliTest : public ::testing::Test {
protected:
    test::TempDb t;
    void SetUp() override {
        qunsetenv("HOUQIN_PASSWORD");
        qputenv("HOUQIN_NEW_PASSWORD", "director-pass-1");
        const auto r = runCli(with({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("刘园长"),
                                    QStringLiteral("--role"), QStringLiteral("director")}));
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
    }
    void TearDown() override {
        qunsetenv("HOUQIN_PASSWORD");
        qunsetenv("HOUQIN_NEW_PASSWORD");
    }
    QStringList with(QStringList args) { return QStringList{QStringLiteral("--db"), t.path()} + args; }
    test::CliRun as(const QString& user, const QByteArray& password, QStringList args) {
        qputenv("HOUQIN_PASSWORD", password);
        return runCli(QStringList{QStringLiteral("--db"), t.path(), QStringLiteral("--user"), user} + args);
    }
    void addClerk() {
        qputenv("HOUQIN_NEW_PASSWORD", "clerk-pass-22");
        const auto r = as(QStringLiteral("刘园长"), "director-pass-1",
                          {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("王文员"),
                           QStringLiteral("--role"), QStringLiteral("clerk")});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
    }
};
} // namespace

TEST_F(UsersCliTest, OnceThereAreUsersEveryCommandNeedsASignIn) {
    const auto anonymous = runCli(with({QStringLiteral("kinds")}));
    EXPECT_EQ(anonymous.code, 5);
    EXPECT_TRUE(anonymous.err.contains(QStringLiteral("--user"))) << anonymous.err.toStdString();
    const auto wrong = as(QStringLiteral("刘园长"), "not-the-password", {QStringLiteral("kinds")});
    EXPECT_EQ(wrong.code, 5);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("Wrong password"))) << wrong.err.toStdString();
    const auto unknown = as(QStringLiteral("无名"), "director-pass-1", {QStringLiteral("kinds")});
    EXPECT_EQ(unknown.code, 5);
    const auto ok = as(QStringLiteral("刘园长"), "director-pass-1", {QStringLiteral("kinds")});
    EXPECT_EQ(ok.code, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.out.contains(QStringLiteral("morning-checks")));
}

TEST_F(UsersCliTest, TheFirstUserMustBeTheDirector) {
    test::TempDb empty;
    qputenv("HOUQIN_NEW_PASSWORD", "clerk-pass-22");
    const auto r =
        runCli({QStringLiteral("--db"), empty.path(), QStringLiteral("user"), QStringLiteral("add"),
                QStringLiteral("王文员"), QStringLiteral("--role"), QStringLiteral("clerk")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("director"))) << r.err.toStdString();
}

TEST_F(UsersCliTest, AClerkSeesNoHealthDataAndIsRefusedItsExportWithExitFive) {
    addClerk();
    const auto kinds = as(QStringLiteral("王文员"), "clerk-pass-22", {QStringLiteral("kinds")});
    ASSERT_EQ(kinds.code, 0) << kinds.err.toStdString();
    EXPECT_FALSE(kinds.out.contains(QStringLiteral("morning-checks"))) << "absent, not empty";
    EXPECT_TRUE(kinds.out.contains(QStringLiteral("hazards")));
    const auto refused = as(QStringLiteral("王文员"), "clerk-pass-22",
                            {QStringLiteral("export"), QStringLiteral("morning-checks")});
    EXPECT_EQ(refused.code, 5);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("may not export"))) << refused.err.toStdString();
    const auto allowed =
        as(QStringLiteral("王文员"), "clerk-pass-22", {QStringLiteral("export"), QStringLiteral("hazards")});
    EXPECT_EQ(allowed.code, 0) << allowed.err.toStdString();
    // The refusal is in the audit trail, under the clerk's name.
    Query q(t.db(),
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'refused' AND actor = '王文员'"));
    ASSERT_TRUE(q.exec().ok());
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    // Only the director manages users.
    const auto list =
        as(QStringLiteral("王文员"), "clerk-pass-22", {QStringLiteral("user"), QStringLiteral("list")});
    EXPECT_EQ(list.code, 5);
    const auto directorList =
        as(QStringLiteral("刘园长"), "director-pass-1", {QStringLiteral("user"), QStringLiteral("list")});
    EXPECT_EQ(directorList.code, 0);
    EXPECT_TRUE(directorList.out.contains(QStringLiteral("王文员\tclerk")));
}

TEST_F(UsersCliTest, EachUserChangesTheirOwnPasswordAndDisabledUsersCannotSignIn) {
    addClerk();
    qputenv("HOUQIN_NEW_PASSWORD", "clerk-pass-33");
    EXPECT_EQ(
        as(QStringLiteral("王文员"), "clerk-pass-22", {QStringLiteral("user"), QStringLiteral("passwd")})
            .code,
        0);
    EXPECT_EQ(as(QStringLiteral("王文员"), "clerk-pass-22", {QStringLiteral("kinds")}).code, 5);
    EXPECT_EQ(as(QStringLiteral("王文员"), "clerk-pass-33", {QStringLiteral("kinds")}).code, 0);
    // Not someone else's.
    EXPECT_EQ(as(QStringLiteral("王文员"), "clerk-pass-33",
                 {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("刘园长")})
                  .code,
              5);
    EXPECT_EQ(as(QStringLiteral("刘园长"), "director-pass-1",
                 {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("王文员")})
                  .code,
              0);
    const auto disabled = as(QStringLiteral("王文员"), "clerk-pass-33", {QStringLiteral("kinds")});
    EXPECT_EQ(disabled.code, 5);
    EXPECT_TRUE(disabled.err.contains(QStringLiteral("disabled"))) << disabled.err.toStdString();
}

TEST_F(UsersCliTest, AuditVerifyPassesAndNamesTheFirstChangedRow) {
    const auto ok =
        as(QStringLiteral("刘园长"), "director-pass-1", {QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(ok.code, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.out.contains(QStringLiteral("intact")));
    {
        Query q(t.db(), QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE id = 1"));
        ASSERT_TRUE(q.exec().ok());
    }
    const auto broken =
        as(QStringLiteral("刘园长"), "director-pass-1", {QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(broken.code, 4);
    EXPECT_TRUE(broken.err.contains(QStringLiteral("row 1"))) << broken.err.toStdString();
}
