// Users on a real file (issue #13): Argon2id hashes with libsodium's parameters at or above OWASP's, a
// wrong password, the lock after five and its end after five minutes (the database's clock moves), and
// every sign-in audited and chained.
#include "storage/access/UserStore.h"

#include "TestSupport.h"
#include "domain/access/Roles.h"
#include "storage/AuditChain.h"
#include "storage/Query.h"
#include "storage/access/PasswordHash.h"

#include <gtest/gtest.h>

using namespace houqin;

namespace {
const QDateTime kNow(QDate(2026, 11, 30), QTime(8, 0));
const QString kPassword = QStringLiteral("园长密码2026");

class UserStoreTest : public ::testing::Test {
protected:
    test::TempDb t{kNow};
    void SetUp() override {
        User director;
        director.name = QStringLiteral("刘园长");
        director.role = access::kDirector;
        ASSERT_TRUE(UserStore(t.db()).add(director, kPassword, test::tester()).ok());
    }
    QStringList auditActions() {
        Query q(t.db(), QStringLiteral("SELECT action FROM audit_log WHERE kind = 'users' ORDER BY id"));
        EXPECT_TRUE(q.exec().ok());
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }
};
} // namespace

TEST_F(UserStoreTest, TheHashIsArgon2idWithParametersAtOrAboveOwasp) {
    Query q(t.db(), QStringLiteral("SELECT password_hash FROM users"));
    ASSERT_TRUE(q.exec().ok());
    ASSERT_TRUE(q.next());
    const QString stored = q.value(0).toString();
    EXPECT_FALSE(stored.contains(kPassword));
    const auto p = PasswordHash::parameters(stored);
    ASSERT_TRUE(p.has_value()) << stored.toStdString();
    EXPECT_EQ(p->algorithm, QStringLiteral("argon2id"));
    EXPECT_EQ(p->version, 19);
    EXPECT_GE(p->memoryKiB, PasswordHash::kOwaspMinMemoryKiB);
    EXPECT_GE(p->passes, PasswordHash::kOwaspMinPasses);
    EXPECT_GE(p->lanes, 1);
    EXPECT_TRUE(PasswordHash::verify(stored, kPassword));
    EXPECT_FALSE(PasswordHash::verify(stored, kPassword + QLatin1Char(' ')));
    EXPECT_FALSE(PasswordHash::parameters(QStringLiteral("plain")).has_value());
}

TEST_F(UserStoreTest, TheRightPasswordSignsInAndAWrongOneSaysHowManyTriesAreLeft) {
    UserStore users(t.db());
    auto ok = users.authenticate(QStringLiteral("刘园长"), kPassword);
    ASSERT_TRUE(ok.ok()) << ok.error().message.toStdString();
    EXPECT_EQ(ok->role, access::kDirector);
    auto wrong = users.authenticate(QStringLiteral("刘园长"), QStringLiteral("guess-1234"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, Error::Code::Denied);
    EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("4 more tries")))
        << wrong.error().message.toStdString();
    auto nobody = users.authenticate(QStringLiteral("无名"), kPassword);
    ASSERT_FALSE(nobody.ok());
    EXPECT_EQ(nobody.error().code, Error::Code::Denied);
    EXPECT_EQ(auditActions(), (QStringList{QStringLiteral("insert"), QStringLiteral("login"),
                                           QStringLiteral("login-failed"), QStringLiteral("login-failed")}));
    EXPECT_TRUE(AuditChain::verify(t.db())->intact());
}

TEST_F(UserStoreTest, FiveWrongPasswordsLockForFiveMinutesEvenAcrossARestart) {
    for (int i = 1; i <= 4; ++i)
        EXPECT_FALSE(
            UserStore(t.db()).authenticate(QStringLiteral("刘园长"), QStringLiteral("wrong-pass")).ok());
    // Four wrong: the right password still works, and resets the count.
    ASSERT_TRUE(UserStore(t.db()).authenticate(QStringLiteral("刘园长"), kPassword).ok());
    for (int i = 1; i <= 5; ++i)
        EXPECT_FALSE(
            UserStore(t.db()).authenticate(QStringLiteral("刘园长"), QStringLiteral("wrong-pass")).ok());
    EXPECT_TRUE(auditActions().contains(QStringLiteral("locked")));
    t.reopen();
    t.setNow(kNow.addSecs(4 * 60 + 59));
    auto sixth = UserStore(t.db()).authenticate(QStringLiteral("刘园长"), kPassword);
    ASSERT_FALSE(sixth.ok()) << "the sixth attempt, with the right password, is refused while locked";
    EXPECT_TRUE(sixth.error().message.contains(QStringLiteral("locked")))
        << sixth.error().message.toStdString();
    t.setNow(kNow.addSecs(5 * 60));
    EXPECT_TRUE(UserStore(t.db()).authenticate(QStringLiteral("刘园长"), kPassword).ok());
}

TEST_F(UserStoreTest, AddingChecksTheNameTheRoleAndThePassword) {
    UserStore users(t.db());
    User u;
    u.name = QStringLiteral("王文员");
    u.role = QStringLiteral("secretary");
    auto badRole = users.add(u, QStringLiteral("12345678"), test::tester());
    ASSERT_FALSE(badRole.ok());
    EXPECT_EQ(badRole.error().issues.first().field, QStringLiteral("role"));
    u.role = access::kClerk;
    auto shortPassword = users.add(u, QStringLiteral("1234567"), test::tester());
    ASSERT_FALSE(shortPassword.ok());
    EXPECT_EQ(shortPassword.error().issues.first().field, QStringLiteral("password"));
    ASSERT_TRUE(users.add(u, QStringLiteral("12345678"), test::tester()).ok());
    auto twice = users.add(u, QStringLiteral("12345678"), test::tester());
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().issues.first().field, QStringLiteral("name"));
    u.name = QStringLiteral(" 空格");
    EXPECT_FALSE(users.add(u, QStringLiteral("12345678"), test::tester()).ok());
}

TEST_F(UserStoreTest, ADisabledUserCannotSignInButKeepsTheirName) {
    UserStore users(t.db());
    User u;
    u.name = QStringLiteral("张门卫");
    u.role = access::kGuard;
    ASSERT_TRUE(users.add(u, QStringLiteral("gate-2026"), test::tester()).ok());
    ASSERT_TRUE(users.setDisabled(u.name, true, Actor{QStringLiteral("刘园长")}).ok());
    auto refused = users.authenticate(u.name, QStringLiteral("gate-2026"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("disabled")));
    auto listed = users.list();
    ASSERT_TRUE(listed.ok());
    EXPECT_EQ(listed->size(), 2);
    ASSERT_TRUE(users.setDisabled(u.name, false, Actor{QStringLiteral("刘园长")}).ok());
    EXPECT_TRUE(users.authenticate(u.name, QStringLiteral("gate-2026")).ok());
}

TEST_F(UserStoreTest, ANewPasswordReplacesTheOldAndLiftsALock) {
    UserStore users(t.db());
    for (int i = 0; i < 5; ++i)
        (void)users.authenticate(QStringLiteral("刘园长"), QStringLiteral("wrong-pass"));
    ASSERT_TRUE(
        users.setPassword(QStringLiteral("刘园长"), QStringLiteral("新密码-abcdef"), test::tester()).ok());
    EXPECT_FALSE(users.authenticate(QStringLiteral("刘园长"), kPassword).ok());
    EXPECT_TRUE(users.authenticate(QStringLiteral("刘园长"), QStringLiteral("新密码-abcdef")).ok());
    ASSERT_TRUE(users.setRole(QStringLiteral("刘园长"), access::kClerk, test::tester()).ok());
    EXPECT_EQ((*users.find(QStringLiteral("刘园长")))->role, access::kClerk);
}
