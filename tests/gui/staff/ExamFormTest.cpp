// An exam's lines in the record form judge each score against the pass mark typed in the same form, not
// the settings' default: 65 fails at a pass mark of 70 and passes at 60, as the list and reports have it.
#include "../GuiTestHelpers.h"
#include "domain/staff/TrainingKinds.h"
#include "gui/FieldEditors.h"
#include "gui/LinesTable.h"
#include "gui/RecordForm.h"

#include <QTableWidget>

using namespace houqin;

namespace {
int column(QTableWidget* table, const QString& header) {
    for (int c = 0; c < table->columnCount(); ++c)
        if (table->horizontalHeaderItem(c)->text().startsWith(header))
            return c;
    return -1;
}
} // namespace

TEST(ExamForm, EachLinesResultFollowsThePassMarkOfTheForm) {
    test::TempDb t{QDateTime(QDate(2026, 11, 24), QTime(10, 0))};
    const RecordKind& exams = staff::examsKind();
    Record exam = newRecord(exams, nullptr, t->ruleContext());
    exam.set(QStringLiteral("pass_mark"), 70.0);
    Record line;
    line.set(QStringLiteral("person"), QStringLiteral("王芳"));
    line.set(QStringLiteral("score"), 65.0);
    exam.lines = {line};
    gui::RecordForm form(t.db(), exams, exam);
    QTableWidget* table = form.findChild<gui::LinesTable*>()->table();
    const int result = column(table, QStringLiteral("Exam result"));
    ASSERT_GE(result, 0);
    EXPECT_EQ(table->item(0, result)->text(), QStringLiteral("Failed the exam"));

    // The pass mark typed down to 60: the line is judged again at once.
    gui::FieldEditor* passMark = form.editor(QStringLiteral("pass_mark"));
    ASSERT_NE(passMark, nullptr);
    passMark->setValue(60.0);
    Q_EMIT passMark->edited();
    EXPECT_EQ(table->item(0, result)->text(), QStringLiteral("Passed the exam"));
}
