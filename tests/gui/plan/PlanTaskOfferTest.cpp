// After saving a record that does a task of the plan, the question "mark it done?" and both answers.
#include "gui/plan/PlanTaskOffer.h"

#include "../GuiTestHelpers.h"
#include "domain/KindRegistry.h"
#include "domain/plan/PlanTasks.h"
#include "domain/safety/SafetyKinds.h"
#include "storage/RecordRepository.h"
#include "storage/plan/SemesterService.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

using namespace houqin;
namespace tf = houqin::plan::taskfield;

namespace {

// Clicks the button with this text in the question the next event loop shows; records what it asked.
void answer(const QString& button, QString* asked) {
    QTimer::singleShot(0, [button, asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        EXPECT_EQ(box->objectName(), QStringLiteral("planTaskOffer"));
        *asked = box->informativeText();
        for (QAbstractButton* b : box->buttons())
            if (b->text() == button) {
                b->click();
                return;
            }
        ADD_FAILURE() << "no button " << button.toStdString();
        box->reject();
    });
}

class PlanTaskOfferTest : public ::testing::Test {
protected:
    test::TempDb t{QDateTime(QDate(2026, 9, 10), QTime(10, 0))};
    qint64 recordId = 0;

    void SetUp() override {
        plan::NewSemester n;
        n.name = QStringLiteral("2026学年第一学期");
        n.start = QDate(2026, 9, 1);
        n.tasks = plan::NewSemester::Tasks::FromTemplate;
        ASSERT_TRUE(plan::SemesterService(t.db()).create(n, test::tester()).ok());
        Record r;
        r.set(QStringLiteral("date"), QDate(2026, 9, 10));
        r.set(QStringLiteral("theme"), QStringLiteral("交通安全"));
        r.set(QStringLiteral("class_name"), QStringLiteral("大一班"));
        r.set(QStringLiteral("form"), QStringLiteral("lesson"));
        RecordRepository education(t.db(), safety::safetyEducationKind());
        recordId = test::insertOrFail(education, r);
    }
    Record weekTwoTask() {
        ListQuery q;
        q.equals = {{tf::kTitle, QStringLiteral("各年龄段开展交通安全教育活动")}};
        auto l = RecordRepository(t.db(), plan::planTasksKind()).list(q);
        EXPECT_TRUE(l.ok() && l->size() == 1);
        return l.ok() && !l->isEmpty() ? l->first() : Record();
    }
};

} // namespace

TEST_F(PlanTaskOfferTest, YesMarksTheTaskDoneAndSaysSo) {
    QString asked;
    answer(QStringLiteral("Mark done"), &asked);
    const QString done = gui::plan::offerPlanTask(nullptr, t.db(), safety::safetyEducationKind(), recordId);
    EXPECT_TRUE(asked.contains(QStringLiteral("Week 2: 各年龄段开展交通安全教育活动")))
        << asked.toStdString();
    EXPECT_FALSE(done.isEmpty());
    EXPECT_EQ(weekTwoTask().value(tf::kStatus).toString(), plan::taskstatus::kDone);
    EXPECT_EQ(weekTwoTask().value(tf::kLink).toString(), QStringLiteral("safety-education/%1").arg(recordId));
}

TEST_F(PlanTaskOfferTest, NotNowLeavesThePlanAsItWas) {
    QString asked;
    answer(QStringLiteral("Not now"), &asked);
    EXPECT_TRUE(gui::plan::offerPlanTask(nullptr, t.db(), safety::safetyEducationKind(), recordId).isEmpty());
    EXPECT_FALSE(asked.isEmpty());
    EXPECT_EQ(weekTwoTask().value(tf::kStatus).toString(), plan::taskstatus::kNotStarted);
}

TEST_F(PlanTaskOfferTest, AKindWithoutARuleAsksNothing) {
    // No question is shown, so nothing needs answering.
    EXPECT_TRUE(gui::plan::offerPlanTask(nullptr, t.db(), safety::hygieneZonesKind(), 1).isEmpty());
}

TEST_F(PlanTaskOfferTest, OneAppraisalAsksNothingTheCompleteMonthDoes) {
    // No question may appear for a single appraisal: if one did, nothing would answer it and the test would
    // hang, so the month's task is created and the offer must return at once without asking.
    Record task;
    task.set(tf::kSemester, QStringLiteral("2026学年第一学期"));
    task.set(tf::kMonth, qint64(9));
    task.set(tf::kWeek, qint64(2));
    task.set(tf::kTitle, QStringLiteral("做好后勤人员月考核工作"));
    task.set(tf::kCategory, plan::taskcategory::kStaff);
    task.set(tf::kStatus, plan::taskstatus::kNotStarted);
    RecordRepository tasks(t.db(), plan::planTasksKind());
    test::insertOrFail(tasks, task);
    const RecordKind* appraisals = findKind(QStringLiteral("appraisals"));
    ASSERT_NE(appraisals, nullptr);
    Record a = newRecord(*appraisals, nullptr, t->ruleContext()); // the rubric's items as lines
    a.set(QStringLiteral("month"), QDate(2026, 9, 1));
    a.set(QStringLiteral("person"), QStringLiteral("王芳"));
    for (Record& line : a.lines)
        line.set(QStringLiteral("score"), 85.0);
    RecordRepository repo(t.db(), *appraisals);
    const qint64 id = test::insertOrFail(repo, a);
    EXPECT_TRUE(gui::plan::offerPlanTask(nullptr, t.db(), *appraisals, id).isEmpty());
    QString asked;
    answer(QStringLiteral("Mark done"), &asked);
    EXPECT_FALSE(gui::plan::offerPlanTask(nullptr, t.db(), *appraisals, id, true).isEmpty());
    EXPECT_TRUE(asked.contains(QStringLiteral("做好后勤人员月考核工作"))) << asked.toStdString();
}
