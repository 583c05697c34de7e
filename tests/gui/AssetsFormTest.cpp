// The assets module's forms through their real widgets: a new asset starts on this computer's campus with
// that campus's next code, and the code follows a change of campus or year while it is the generated one
// (a typed code stays); the purchase request form offers its steps as buttons, and the acceptance dialog
// refuses one person signing twice beside the field.
#include "GuiTestHelpers.h"
#include "domain/assets/AssetKinds.h"
#include "gui/FieldEditors.h"
#include "gui/Preferences.h"
#include "gui/RecordForm.h"
#include "gui/WorkflowBar.h"
#include "gui/WorkflowStepDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace houqin;
using gui::RecordForm;
namespace a = houqin::assets::asset;
namespace p = houqin::assets::purchase;

namespace {
const QDateTime kNow(QDate(2026, 11, 16), QTime(10, 0));
const QString kBinhao = QStringLiteral("滨豪园区");
const QString kXingang = QStringLiteral("新港园区");

QLineEdit* codeEdit(RecordForm& form) {
    return qobject_cast<QLineEdit*>(form.editor(a::kCode)->inputWidget());
}

// Picks a campus the way a person does: keys on the combo box, which activates the new entry.
void chooseCampus(RecordForm& form, const QString& campus) {
    auto* combo = qobject_cast<QComboBox*>(form.editor(a::kCampus)->inputWidget());
    ASSERT_NE(combo, nullptr);
    const int target = combo->findData(campus);
    ASSERT_GE(target, 0);
    combo->setFocus();
    while (combo->currentIndex() != target)
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
}

class AssetsFormTest : public ::testing::Test {
protected:
    void SetUp() override { gui::prefs::setCurrentCampus(kXingang); }
    void TearDown() override { gui::prefs::setCurrentCampus(QString()); }
    test::TempDb t{kNow};
};
} // namespace

TEST_F(AssetsFormTest, ANewAssetsCodeFollowsItsCampusAndYearUntilTyped) {
    const RecordKind& kind = assets::assetsKind();
    RecordForm form(t.db(), kind, RecordForm::freshRecord(t.db(), kind));
    form.show();
    // This computer works for the second campus: the form starts there, numbered for it.
    EXPECT_EQ(form.editor(a::kCampus)->value().value.toString(), kXingang);
    EXPECT_EQ(codeEdit(form)->text(), QStringLiteral("A2-2026-0001"));
    chooseCampus(form, kBinhao);
    EXPECT_EQ(codeEdit(form)->text(), QStringLiteral("A1-2026-0001"));
    auto* date = qobject_cast<QDateEdit*>(form.editor(a::kAcquiredOn)->inputWidget());
    ASSERT_NE(date, nullptr);
    date->setDate(QDate(2025, 12, 30));
    EXPECT_EQ(codeEdit(form)->text(), QStringLiteral("A1-2025-0001"));
    // A code the user typed is theirs: a later change of campus leaves it.
    codeEdit(form)->selectAll();
    QTest::keyClicks(codeEdit(form), QStringLiteral("OLD-17"));
    chooseCampus(form, kXingang);
    EXPECT_EQ(codeEdit(form)->text(), QStringLiteral("OLD-17"));
}

TEST_F(AssetsFormTest, APurchaseRequestOffersItsStepsAndRefusesOneSignerTwice) {
    const RecordKind& kind = assets::purchaseRequestsKind();
    RecordRepository repo(t.db(), kind);
    Record r;
    r.set(p::kRequestedOn, QDate(2026, 11, 2));
    r.set(p::kRequester, QStringLiteral("张老师"));
    r.set(p::kReason, QStringLiteral("新开中三班"));
    r.set(p::kState, p::kRequested);
    Record l;
    l.set(a::kName, QStringLiteral("打印机"));
    l.set(a::kCategory, QStringLiteral("general-equipment"));
    l.set(a::kQuantity, QVariant::fromValue<qint64>(1));
    l.set(a::kUnitPrice, QVariant::fromValue<qint64>(149000));
    r.lines = {l};
    const qint64 id = test::insertOrFail(repo, r);
    RecordForm form(t.db(), kind, *repo.get(id));
    form.show();
    gui::WorkflowBar* bar = form.workflowBar();
    ASSERT_NE(bar, nullptr);
    QStringList names;
    for (QPushButton* b : bar->stepButtons())
        names << b->objectName();
    EXPECT_EQ(names, (QStringList{QStringLiteral("approveStepButton"), QStringLiteral("rejectStepButton")}));

    bar->startStep(QStringLiteral("approve"));
    auto* dialog = bar->findChild<gui::WorkflowStepDialog*>(QStringLiteral("workflowStepDialog"));
    ASSERT_NE(dialog, nullptr);
    dialog->editor(p::kReviewedOn)->setValue(QDate(2026, 11, 3));
    dialog->accept();
    ASSERT_EQ(repo.get(id)->value(p::kState).toString(), p::kApproved);

    bar->startStep(QStringLiteral("accept"));
    QList<gui::WorkflowStepDialog*> dialogs =
        bar->findChildren<gui::WorkflowStepDialog*>(QStringLiteral("workflowStepDialog"));
    ASSERT_FALSE(dialogs.isEmpty());
    dialog = dialogs.last();
    ASSERT_NE(dialog->editor(p::kSecondSigner), nullptr);
    dialog->editor(p::kAcceptedOn)->setValue(QDate(2026, 11, 10));
    dialog->editor(p::kSecondSigner)->setValue(Actor::systemUser().name); // the person taking the step
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->issueLabel(p::kSecondSigner)->isVisible());
    EXPECT_EQ(repo.get(id)->value(p::kState).toString(), p::kApproved);
    dialog->editor(p::kSecondSigner)->setValue(QStringLiteral("王会计"));
    dialog->accept();
    EXPECT_EQ(repo.get(id)->value(p::kState).toString(), p::kAccepted);
}
