#include "Mentoring.h"
#include "Patrols.h"

namespace houqin::staff {

const QList<AttentionItem>& patrolAttentionItems() {
    using S = AttentionItem::Severity;
    using T = AttentionItem::Trigger;
    static const QList<AttentionItem> items = [] {
        static const char* const labels[] = {
            //: zh_CN "今日第一巡未记录"
            QT_TRANSLATE_NOOP("Attention", "Today's first round not recorded"),
            //: zh_CN "今日第二巡未记录"
            QT_TRANSLATE_NOOP("Attention", "Today's second round not recorded"),
            //: zh_CN "今日第三巡未记录"
            QT_TRANSLATE_NOOP("Attention", "Today's third round not recorded"),
        };
        QList<AttentionItem> l;
        // Counted per administrator: the administrators on the line without round n today, once round n's
        // time of day (settings) has come, on school days. A past day is over (see AttentionCommand), so it
        // shows every round that was missed.
        for (int round = 1; round <= patrol::kRounds; ++round) {
            AttentionItem item{QStringLiteral("staff.patrol-round-%1-missing").arg(round),
                               labels[round - 1],
                               S::Warning,
                               QStringLiteral("staff"),
                               withoutRoundFilterKey(round),
                               T::WhenAny,
                               AttentionItem::SchoolDays{}};
            item.activeAt = [round](const QDateTime& now, const KindergartenSettings& s) {
                return round <= s.patrolRoundTimes.size() && now.time() >= s.patrolRoundTimes.at(round - 1);
            };
            l << item;
        }
        //: zh_CN "本月尚未小结的师徒结对"
        l << AttentionItem{QStringLiteral("staff.mentor-pairs-without-review"),
                           QT_TRANSLATE_NOOP("Attention", "Mentor pairs without this month's review"),
                           S::Info, mentorPairsKind().key, mentoring::kWithoutReviewFilter};
        return l;
    }();
    return items;
}

} // namespace houqin::staff
