// The declared workflow decides every step: where it may start, what it needs, who may not take it.
#include "RectificationKind.h"

#include <gtest/gtest.h>

using namespace houqin;

namespace {
const RecordKind& kind() {
    static const RecordKind k = test::rectificationKind();
    return k;
}
const RuleContext kCtx{KindergartenSettings{}, QDateTime(QDate(2026, 11, 28), QTime(9, 0)), {}};

Record reported() {
    Record r;
    r.set(QStringLiteral("description"), QStringLiteral("滑梯螺丝松动"));
    r.set(QStringLiteral("state"), QStringLiteral("reported"));
    return r;
}

StepOutcome take(const Record& r, const QString& step, const QVariantMap& filled = {},
                 const QString& actor = QStringLiteral("李主任"), const QString& note = {}) {
    return applyStep(kind(), r, *kind().workflow->step(step), filled, actor, note, kCtx);
}

bool refusedOn(const StepOutcome& o, const QString& field) {
    for (const Issue& i : o.issues)
        if (i.isError() && i.field == field)
            return true;
    return false;
}

Record inState(const QString& state) {
    Record r = reported();
    r.set(QStringLiteral("state"), state);
    r.set(QStringLiteral("owner"), QStringLiteral("王师傅"));
    r.set(QStringLiteral("deadline"), QDate(2026, 12, 5));
    return r;
}
} // namespace

TEST(Workflow, StepsAllowedFromAStateAreTheDeclaredOnes) {
    const Workflow& wf = *kind().workflow;
    ASSERT_EQ(wf.stepsFrom(QStringLiteral("reported")).size(), 1);
    EXPECT_EQ(wf.stepsFrom(QStringLiteral("reported")).first()->key, QStringLiteral("assign"));
    QStringList fromToVerify;
    for (const WorkflowStep* s : wf.stepsFrom(QStringLiteral("to-verify")))
        fromToVerify << s->key;
    EXPECT_EQ(fromToVerify, (QStringList{QStringLiteral("send-back"), QStringLiteral("verify")}));
    EXPECT_TRUE(wf.stepsFrom(QStringLiteral("closed")).isEmpty());
    EXPECT_EQ(wf.step(QStringLiteral("no-such")), nullptr);
}

TEST(Workflow, AssigningNeedsAnOwnerAndADeadline) {
    const StepOutcome bare = take(reported(), QStringLiteral("assign"));
    EXPECT_TRUE(refusedOn(bare, QStringLiteral("owner")));
    EXPECT_TRUE(refusedOn(bare, QStringLiteral("deadline")));
    const StepOutcome ownerOnly =
        take(reported(), QStringLiteral("assign"), {{QStringLiteral("owner"), QStringLiteral("王师傅")}});
    EXPECT_FALSE(refusedOn(ownerOnly, QStringLiteral("owner")));
    EXPECT_TRUE(refusedOn(ownerOnly, QStringLiteral("deadline")));
    const StepOutcome ok = take(reported(), QStringLiteral("assign"),
                                {{QStringLiteral("owner"), QStringLiteral("王师傅")},
                                 {QStringLiteral("deadline"), QDate(2026, 12, 5)}});
    ASSERT_FALSE(hasErrors(ok.issues));
    EXPECT_EQ(ok.record.value(QStringLiteral("state")).toString(), QStringLiteral("in-progress"));
    EXPECT_EQ(ok.record.value(QStringLiteral("owner")).toString(), QStringLiteral("王师傅"));
}

TEST(Workflow, AStepFromAnotherStateIsRefused) {
    const StepOutcome o = take(reported(), QStringLiteral("verify"));
    EXPECT_TRUE(refusedOn(o, QStringLiteral("state")));
    EXPECT_TRUE(take(inState(QStringLiteral("closed")), QStringLiteral("send-back"), {},
                     QStringLiteral("李主任"), QStringLiteral("重做"))
                    .issues.size() > 0);
}

TEST(Workflow, TheVerifierMustNotBeTheOwner) {
    const Record waiting = inState(QStringLiteral("to-verify"));
    const StepOutcome byOwner = take(waiting, QStringLiteral("verify"), {}, QStringLiteral("王师傅"));
    EXPECT_TRUE(refusedOn(byOwner, QStringLiteral("verified_by")));
    const StepOutcome byOwnerSpaced = take(waiting, QStringLiteral("verify"), {}, QStringLiteral(" 王师傅 "));
    EXPECT_TRUE(refusedOn(byOwnerSpaced, QStringLiteral("verified_by")));
    const StepOutcome byOther = take(waiting, QStringLiteral("verify"), {}, QStringLiteral("李主任"));
    ASSERT_FALSE(hasErrors(byOther.issues));
    EXPECT_EQ(byOther.record.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    EXPECT_EQ(byOther.record.value(QStringLiteral("verified_by")).toString(), QStringLiteral("李主任"));
}

TEST(Workflow, SendingBackNeedsANote) {
    const Record waiting = inState(QStringLiteral("to-verify"));
    EXPECT_TRUE(refusedOn(take(waiting, QStringLiteral("send-back")), kStepNoteIssueField));
    EXPECT_TRUE(refusedOn(
        take(waiting, QStringLiteral("send-back"), {}, QStringLiteral("李主任"), QStringLiteral("  ")),
        kStepNoteIssueField));
    const StepOutcome ok =
        take(waiting, QStringLiteral("send-back"), {}, QStringLiteral("李主任"), QStringLiteral("螺丝仍松"));
    ASSERT_FALSE(hasErrors(ok.issues));
    EXPECT_EQ(ok.record.value(QStringLiteral("state")).toString(), QStringLiteral("in-progress"));
}

TEST(Workflow, AStepCannotSetTheStateOrUnknownFields) {
    EXPECT_TRUE(refusedOn(take(reported(), QStringLiteral("assign"),
                               {{QStringLiteral("state"), QStringLiteral("closed")},
                                {QStringLiteral("owner"), QStringLiteral("王师傅")},
                                {QStringLiteral("deadline"), QDate(2026, 12, 5)}}),
                          QStringLiteral("state")));
    EXPECT_TRUE(refusedOn(take(reported(), QStringLiteral("assign"), {{QStringLiteral("bogus"), 1}}),
                          QStringLiteral("bogus")));
}

TEST(Workflow, EveryStateHasAFilter) {
    QStringList keys;
    for (const FilterDef& f : kind().filters)
        keys << f.key;
    EXPECT_EQ(keys, (QStringList{QStringLiteral("state-reported"), QStringLiteral("state-in-progress"),
                                 QStringLiteral("state-to-verify"), QStringLiteral("state-closed")}));
}
