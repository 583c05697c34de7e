// Users and roles in the window (issue #13): a guard's tabs hold the gate books and nothing else, a health
// teacher's the canteen and health kinds with staff health data; a kind one may not see is absent from the
// side list, not empty; list actions one may not take are not offered; the sign-in dialog creates the
// director on a file without users and says how many tries are left after a wrong password.
#include "../GuiTestHelpers.h"
#include "domain/KindRegistry.h"
#include "domain/access/Roles.h"
#include "gui/FieldEditors.h"
#include "gui/FirstRunWizard.h"
#include "gui/MainWindow.h"
#include "gui/ModulePage.h"
#include "gui/RecordForm.h"
#include "gui/RecordListPage.h"
#include "gui/access/AuditViewerDialog.h"
#include "gui/access/AuditWarning.h"
#include "gui/access/IdleLock.h"
#include "gui/access/SignInDialog.h"
#include "storage/Query.h"
#include "storage/RecordRepository.h"
#include "storage/access/UserStore.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace houqin;

namespace {
QStringList tabTitles(gui::MainWindow& w) {
    QStringList out;
    for (int i = 0; i < w.tabs()->count(); ++i)
        out << w.tabs()->tabText(i);
    return out;
}

QStringList sideList(gui::MainWindow& w, const QString& tab) {
    for (int i = 0; i < w.tabs()->count(); ++i)
        if (w.tabs()->tabText(i) == tab) {
            auto* list = w.tabs()->widget(i)->findChild<QListWidget*>(QStringLiteral("kindListWidget"));
            QStringList out;
            for (int r = 0; list && r < list->count(); ++r)
                out << list->item(r)->text();
            return out;
        }
    return {};
}
} // namespace

TEST(RolesGuiTest, AGuardSeesTheOverviewAndTheGateBooksOnly) {
    test::TempDb t;
    t->setSignedIn(SignedIn{QStringLiteral("张门卫"), access::kGuard, {}});
    gui::MainWindow w(t.db());
    // Everyone may report a hazard (Safety) or a repair (Assets); nothing of the plan.
    EXPECT_EQ(tabTitles(w),
              (QStringList{QStringLiteral("Overview"), QStringLiteral("Safety"), QStringLiteral("Assets")}));
    const QStringList safety = sideList(w, QStringLiteral("Safety"));
    EXPECT_TRUE(safety.contains(QStringLiteral("Visitors"))) << safety.join(',').toStdString();
    EXPECT_TRUE(safety.contains(QStringLiteral("Closing checks")));
    EXPECT_FALSE(safety.contains(QStringLiteral("Inspections"))) << "absent, not empty";
    EXPECT_FALSE(tabTitles(w).contains(QStringLiteral("Canteen and health")));
    EXPECT_FALSE(tabTitles(w).contains(QStringLiteral("Staff and training")));
    // Settings are the director's.
    bool settingsEnabled = true;
    for (QAction* a : w.findChildren<QAction*>())
        if (a->text() == QStringLiteral("&Settings…"))
            settingsEnabled = a->isEnabled();
    EXPECT_FALSE(settingsEnabled);
}

TEST(RolesGuiTest, AHealthTeacherSeesStaffHealthDataAndACanteenLeaderDoesNot) {
    test::TempDb t;
    t->setSignedIn(SignedIn{QStringLiteral("陈老师"), access::kHealthTeacher, {}});
    {
        gui::MainWindow w(t.db());
        EXPECT_TRUE(tabTitles(w).contains(QStringLiteral("Canteen and health")));
        const QStringList canteen = sideList(w, QStringLiteral("Canteen and health"));
        EXPECT_TRUE(canteen.contains(QStringLiteral("Morning checks"))) << canteen.join(',').toStdString();
        EXPECT_TRUE(canteen.contains(QStringLiteral("Health certificates")));
        // Of the assets, only what everyone may do: report a repair.
        EXPECT_EQ(sideList(w, QStringLiteral("Assets")), QStringList{QStringLiteral("Repair requests")});
    }
    t->setSignedIn(SignedIn{QStringLiteral("李组长"), access::kCanteenLeader, {}});
    gui::MainWindow w(t.db());
    const QStringList canteen = sideList(w, QStringLiteral("Canteen and health"));
    EXPECT_TRUE(canteen.contains(QStringLiteral("Food samples")));
    EXPECT_FALSE(canteen.contains(QStringLiteral("Morning checks")));
    EXPECT_FALSE(canteen.contains(QStringLiteral("Health certificates")));
}

TEST(RolesGuiTest, ListActionsFollowThePermissions) {
    test::TempDb t;
    t->setSignedIn(SignedIn{QStringLiteral("李组长"), access::kCanteenLeader, {}});
    gui::RecordListPage suppliers(t.db(), *findKind(QStringLiteral("suppliers")), nullptr);
    const auto visible = [&](const char* name) {
        auto* a = suppliers.findChild<QAction*>(QLatin1String(name), Qt::FindDirectChildrenOnly);
        return a && a->isVisible();
    };
    EXPECT_FALSE(visible("newAction")) << "suppliers are read-only for the canteen leader";
    EXPECT_FALSE(visible("deleteAction"));
    EXPECT_FALSE(visible("importAction"));
    EXPECT_TRUE(visible("printAction"));
    gui::RecordListPage samples(t.db(), *findKind(QStringLiteral("food-samples")), nullptr);
    EXPECT_TRUE(
        samples.findChild<QAction*>(QStringLiteral("newAction"), Qt::FindDirectChildrenOnly)->isVisible());
}

TEST(RolesGuiTest, TheFirstSignInCreatesTheDirector) {
    test::TempDb t;
    gui::SignInDialog dialog(t.db());
    ASSERT_TRUE(dialog.creatingDirector());
    dialog.findChild<QLineEdit*>(QStringLiteral("directorNameLineEdit"))->setText(QStringLiteral("刘园长"));
    dialog.findChild<QLineEdit*>(QStringLiteral("newPasswordLineEdit"))
        ->setText(QStringLiteral("园长密码-2026"));
    dialog.findChild<QLineEdit*>(QStringLiteral("repeatLineEdit"))->setText(QStringLiteral("园长密码-2027"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(
        dialog.findChild<QLabel*>(QStringLiteral("messageLabel"))->text().contains(QStringLiteral("differ")));
    dialog.findChild<QLineEdit*>(QStringLiteral("repeatLineEdit"))->setText(QStringLiteral("园长密码-2026"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_TRUE(dialog.user().has_value());
    EXPECT_EQ(dialog.user()->role, access::kDirector);
}

TEST(RolesGuiTest, AWrongPasswordSaysHowManyTriesAreLeft) {
    test::TempDb t;
    User clerk;
    clerk.name = QStringLiteral("王文员");
    clerk.role = access::kClerk;
    ASSERT_TRUE(UserStore(t.db()).add(clerk, QStringLiteral("clerk-pass-22"), test::tester()).ok());
    gui::SignInDialog dialog(t.db());
    ASSERT_FALSE(dialog.creatingDirector());
    auto* users = dialog.findChild<QComboBox*>(QStringLiteral("userComboBox"));
    ASSERT_EQ(users->count(), 1);
    EXPECT_EQ(users->currentData().toString(), QStringLiteral("王文员"));
    dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(QStringLiteral("guess"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(
        dialog.findChild<QLabel*>(QStringLiteral("messageLabel"))->text().contains(QStringLiteral("4 more")));
    dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))
        ->setText(QStringLiteral("clerk-pass-22"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

// Ctrl+L and the idle minutes lock the window of a signed-in user; without users nothing locks.
TEST(RolesGuiTest, TheWindowLocksOnlyWhenSomeoneIsSignedIn) {
    test::TempDb t;
    {
        gui::MainWindow w(t.db());
        EXPECT_EQ(w.findChild<QAction*>(QStringLiteral("lockAction")), nullptr);
    }
    KindergartenSettings s = t->settings();
    s.lockAfterMinutes = 7;
    t->cacheSettings(s);
    t->setSignedIn(SignedIn{QStringLiteral("刘园长"), access::kDirector, {}});
    gui::MainWindow w(t.db());
    auto* lock = w.findChild<QAction*>(QStringLiteral("lockAction"));
    ASSERT_NE(lock, nullptr);
    EXPECT_EQ(lock->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    auto* idle = w.findChild<gui::IdleLock*>();
    ASSERT_NE(idle, nullptr);
    EXPECT_EQ(idle->intervalMs(), 7 * 60 * 1000);
}

// The director is told when the audit trail was changed since it was last checked; others are not.
TEST(RolesGuiTest, TheDirectorIsWarnedOfAChangedAuditTrail) {
    test::TempDb t;
    User director;
    director.name = QStringLiteral("刘园长");
    director.role = access::kDirector;
    ASSERT_TRUE(UserStore(t.db()).add(director, QStringLiteral("园长密码-2026"), test::tester()).ok());
    t->setSignedIn(SignedIn{director.name, director.role, {}});
    EXPECT_FALSE(gui::auditProblem(t.db()).has_value()); // intact; the checkpoint moves to the head
    {
        // The row checked last time, rewritten (the quick check starts there; `audit verify` walks it all).
        Query q(t.db(), QStringLiteral("UPDATE audit_log SET hash = 'forged', actor = 'someone' "
                                       "WHERE id = (SELECT max(id) FROM audit_log)"));
        ASSERT_TRUE(q.exec().ok());
    }
    const auto problem = gui::auditProblem(t.db());
    ASSERT_TRUE(problem.has_value());
    EXPECT_TRUE(problem->contains(QStringLiteral("changed or deleted"))) << problem->toStdString();
    t->setSignedIn(SignedIn{QStringLiteral("王文员"), access::kClerk, {}});
    EXPECT_FALSE(gui::auditProblem(t.db()).has_value());
}

// The director's audit viewer lists the trail, filters it, shows before and after, and exports what it shows.
TEST(RolesGuiTest, TheAuditViewerFiltersAndExports) {
    test::TempDb t;
    User clerk;
    clerk.name = QStringLiteral("王文员");
    clerk.role = access::kClerk;
    ASSERT_TRUE(UserStore(t.db()).add(clerk, QStringLiteral("clerk-pass-22"), test::tester()).ok());
    ASSERT_FALSE(UserStore(t.db()).authenticate(clerk.name, QStringLiteral("wrong-pass")).ok());
    gui::AuditViewerDialog viewer(t.db());
    EXPECT_GT(viewer.table()->rowCount(), 1);
    AuditLog::Filter failed;
    failed.action = QStringLiteral("login-failed");
    viewer.setFilter(failed);
    ASSERT_EQ(viewer.table()->rowCount(), 1);
    EXPECT_EQ(viewer.table()->item(0, 2)->text(), QStringLiteral("王文员"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    ASSERT_TRUE(viewer.exportTo(path));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("login-failed")));
    EXPECT_EQ(text.count(QStringLiteral("\r\n")), 2); // the header and the one row
}

// A role that may read a kind but not change it opens a record as a display: the values are there and
// selectable, nothing can be typed or saved, and Close is the only button. The same form is editable for
// a role that may edit.
TEST(RolesGuiTest, AReadOnlyRoleGetsTheFormAsADisplay) {
    test::TempDb t;
    const RecordKind& suppliers = *findKind(QStringLiteral("suppliers"));
    Record s;
    s.values.insert(QStringLiteral("name"), QStringLiteral("绿源蔬菜"));
    s.values.insert(QStringLiteral("licence_no"), QStringLiteral("JY13101010000123"));
    s.values.insert(QStringLiteral("licence_expiry"), QDate(2027, 6, 30));
    s.values.insert(QStringLiteral("in_use"), true);
    auto id = RecordRepository(t.db(), suppliers).insert(s, test::tester());
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    const Record stored = *RecordRepository(t.db(), suppliers).get(*id);

    t->setSignedIn(SignedIn{QStringLiteral("李组长"), access::kCanteenLeader, {}});
    ASSERT_TRUE(access::allows(access::kCanteenLeader, suppliers.key, access::Action::View));
    ASSERT_FALSE(access::allows(access::kCanteenLeader, suppliers.key, access::Action::Edit));
    gui::RecordForm form(t.db(), suppliers, stored);
    EXPECT_TRUE(form.isReadOnly());
    EXPECT_TRUE(form.windowTitle().contains(QStringLiteral("read only")));
    auto* name = qobject_cast<QLineEdit*>(form.editor(QStringLiteral("name"))->inputWidget());
    ASSERT_NE(name, nullptr);
    EXPECT_EQ(name->text(), QStringLiteral("绿源蔬菜"));
    EXPECT_TRUE(name->isReadOnly());
    EXPECT_TRUE(name->isEnabled()) << "read-only, not greyed out: the text can still be copied";
    QTest::keyClicks(name, QStringLiteral("X"));
    EXPECT_EQ(name->text(), QStringLiteral("绿源蔬菜"));
    QStringList shown;
    for (QDialogButtonBox* box : form.findChildren<QDialogButtonBox*>())
        for (QAbstractButton* b : box->buttons())
            if (b->isVisibleTo(&form))
                shown << QString::number(box->standardButton(b));
    EXPECT_EQ(shown, QStringList{QString::number(QDialogButtonBox::Close)});
    EXPECT_NE(form.findChild<QLabel*>(QStringLiteral("readOnlyNote")), nullptr);

    // The list offers "View" instead of "Edit".
    gui::RecordListPage list(t.db(), suppliers, nullptr);
    auto* edit = list.findChild<QAction*>(QStringLiteral("editAction"), Qt::FindDirectChildrenOnly);
    ASSERT_NE(edit, nullptr);
    EXPECT_TRUE(edit->isVisible());
    EXPECT_EQ(edit->text(), QStringLiteral("View"));

    t->setSignedIn(SignedIn{QStringLiteral("陈老师"), access::kHealthTeacher, {}});
    ASSERT_TRUE(access::allows(access::kHealthTeacher, suppliers.key, access::Action::Edit));
    gui::RecordForm editable(t.db(), suppliers, stored);
    EXPECT_FALSE(editable.isReadOnly());
    EXPECT_FALSE(
        qobject_cast<QLineEdit*>(editable.editor(QStringLiteral("name"))->inputWidget())->isReadOnly());
    EXPECT_FALSE(editable.saveButton()->isHidden());
}

// The first-run wizard asks for the director's account on a new file, creates it with the settings (all or
// nothing) and signs the director in; a file that has users already is not asked again.
TEST(RolesGuiTest, TheFirstRunWizardCreatesTheDirectorAndSignsThemIn) {
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("new.sqlite")));
    ASSERT_TRUE(db.ok());
    gui::FirstRunWizard wizard(**db);
    ASSERT_NE(wizard.directorPage(), nullptr);
    wizard.nameEdit()->setText(QStringLiteral("阳光幼儿园"));
    test::fillDirectorAccount(&wizard, QStringLiteral("刘园长"), QStringLiteral("园长密码-2026"));
    wizard.findChild<QLineEdit*>(QStringLiteral("repeatLineEdit"))->setText(QStringLiteral("园长密码-2027"));
    EXPECT_FALSE(wizard.saveSettings());
    EXPECT_TRUE(wizard.findChild<QLabel*>(QStringLiteral("directorProblemLabel"))
                    ->text()
                    .contains(QStringLiteral("differ")));
    EXPECT_FALSE((*db)->settings().isConfigured()) << "nothing saved";
    // Seven characters are one too few.
    test::fillDirectorAccount(&wizard, QStringLiteral("刘园长"), QStringLiteral("1234567"));
    EXPECT_FALSE(wizard.saveSettings());
    EXPECT_FALSE(UserStore(**db).any().value());
    test::fillDirectorAccount(&wizard, QStringLiteral("刘园长"), QStringLiteral("12345678"));
    ASSERT_TRUE(wizard.saveSettings());
    ASSERT_TRUE((*db)->signedIn().has_value());
    EXPECT_EQ((*db)->signedIn()->name, QStringLiteral("刘园长"));
    EXPECT_EQ((*db)->signedIn()->role, access::kDirector);
    EXPECT_TRUE(UserStore(**db).authenticate(QStringLiteral("刘园长"), QStringLiteral("12345678")).ok());

    gui::FirstRunWizard again(**db);
    EXPECT_EQ(again.directorPage(), nullptr);
}
