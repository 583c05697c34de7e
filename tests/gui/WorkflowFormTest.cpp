// The record form of a kind with a workflow: its state is shown, not edited; the allowed steps are buttons;
// a step's dialog refuses what the declaration refuses, beside the field, and a step taken updates the form
// and the details pane's history.
#include "GuiTestHelpers.h"
#include "RectificationKind.h"
#include "gui/DetailsPane.h"
#include "gui/FieldEditors.h"
#include "gui/RecordForm.h"
#include "gui/WorkflowBar.h"
#include "gui/WorkflowStepDialog.h"
#include "storage/Query.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace houqin;
using gui::RecordForm;

namespace {
const RecordKind& kind() {
    static const RecordKind k = test::rectificationKind();
    return k;
}

QStringList buttonNames(gui::WorkflowBar* bar) {
    QStringList out;
    for (QPushButton* b : bar->stepButtons())
        out << b->objectName();
    return out;
}

gui::WorkflowStepDialog* openDialog(gui::WorkflowBar* bar) {
    return bar->findChild<gui::WorkflowStepDialog*>(QStringLiteral("workflowStepDialog"));
}
} // namespace

TEST(WorkflowForm, StepsAreButtonsAndADialogTakesThem) {
    test::TempDb t;
    ASSERT_TRUE(Query::run(t.db(), QString::fromLatin1(test::kRectificationTable)).ok());
    RecordRepository repo(t.db(), kind());
    Record r;
    r.set(QStringLiteral("description"), QStringLiteral("大型玩具滑梯螺丝松动"));
    r.set(QStringLiteral("state"), QStringLiteral("reported"));
    const qint64 id = test::insertOrFail(repo, r);

    RecordForm form(t.db(), kind(), *repo.get(id));
    form.show();
    QSignalSpy saved(&form, &RecordForm::recordSaved);
    gui::WorkflowBar* bar = form.workflowBar();
    ASSERT_NE(bar, nullptr);
    EXPECT_TRUE(bar->isVisible());
    EXPECT_FALSE(form.editor(QStringLiteral("state"))->isEnabled());
    EXPECT_EQ(buttonNames(bar), QStringList{QStringLiteral("assignStepButton")});

    QTest::mouseClick(bar->stepButtons().first(), Qt::LeftButton);
    gui::WorkflowStepDialog* dialog = openDialog(bar);
    ASSERT_NE(dialog, nullptr);
    ASSERT_NE(dialog->editor(QStringLiteral("owner")), nullptr);
    dialog->editor(QStringLiteral("owner"))->setValue(QStringLiteral("王师傅"));
    dialog->accept(); // no deadline: refused beside the deadline, the dialog stays
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->issueLabel(QStringLiteral("deadline"))->isVisible());
    EXPECT_EQ(repo.get(id)->value(QStringLiteral("state")).toString(), QStringLiteral("reported"));

    dialog->editor(QStringLiteral("deadline"))->setValue(QDate(2026, 9, 14));
    dialog->accept();
    EXPECT_EQ(repo.get(id)->value(QStringLiteral("state")).toString(), QStringLiteral("in-progress"));
    EXPECT_EQ(form.editor(QStringLiteral("owner"))->value().value.toString(), QStringLiteral("王师傅"));
    EXPECT_EQ(buttonNames(bar), QStringList{QStringLiteral("submitStepButton")});
    EXPECT_EQ(saved.count(), 1);

    // While the form has unsaved edits the steps wait, so a step never throws them away.
    test::commitText(qobject_cast<QWidget*>(form.editor(QStringLiteral("description"))->inputWidget()),
                     QStringLiteral("（补充）"));
    EXPECT_FALSE(bar->stepButtons().first()->isEnabled());

    gui::DetailsPane details(t.db(), kind());
    details.showRecord(*repo.get(id));
    EXPECT_TRUE(details.historyText().contains(QStringLiteral("Assign")))
        << details.historyText().toStdString();
}

TEST(WorkflowForm, SendingBackWithoutANoteIsRefusedBesideTheNote) {
    test::TempDb t;
    ASSERT_TRUE(Query::run(t.db(), QString::fromLatin1(test::kRectificationTable)).ok());
    RecordRepository repo(t.db(), kind());
    Record r;
    r.set(QStringLiteral("description"), QStringLiteral("食堂燃气管道老化"));
    r.set(QStringLiteral("state"), QStringLiteral("to-verify"));
    r.set(QStringLiteral("owner"), QStringLiteral("王师傅"));
    r.set(QStringLiteral("deadline"), QDate(2026, 9, 14));
    const qint64 id = test::insertOrFail(repo, r);
    RecordForm form(t.db(), kind(), *repo.get(id));
    form.show();
    gui::WorkflowBar* bar = form.workflowBar();
    EXPECT_EQ(buttonNames(bar),
              (QStringList{QStringLiteral("send-backStepButton"), QStringLiteral("verifyStepButton")}));
    bar->startStep(QStringLiteral("send-back"));
    gui::WorkflowStepDialog* dialog = openDialog(bar);
    ASSERT_NE(dialog, nullptr);
    dialog->accept();
    EXPECT_TRUE(dialog->issueLabel(kStepNoteIssueField)->isVisible());
    dialog->noteEdit()->setPlainText(QStringLiteral("更换后仍有异味"));
    dialog->accept();
    EXPECT_EQ(repo.get(id)->value(QStringLiteral("state")).toString(), QStringLiteral("in-progress"));
}
