#pragma once

#include "../Attention.h"
#include "../RecordKind.h"

#include <QDate>

// The assets module's record kinds (chapter 四 of the plan), one declaration each in its own file: the
// register (资产台账), loans (出借与归还), repairs (维修申报单, a declared workflow), disposals (报废),
// purchase requests (申购, a declared workflow whose 入库 step creates register entries) and requisitions
// (申领发放).
// The asset code and its campus prefix are made in one place, assetCode() and nextAssetCode() below, so
// that purchases, stocktakes and labels number and read codes the same way.
namespace houqin::assets {

const RecordKind& assetsKind();           // 资产台账
const RecordKind& loansKind();            // 出借与归还
const RecordKind& repairsKind();          // 维修申报单
const RecordKind& disposalsKind();        // 报废
const RecordKind& stocktakesKind();       // 资产清点 (StocktakeCount.h classifies its codes)
const RecordKind& purchaseRequestsKind(); // 申购
const RecordKind& requisitionsKind();     // 申领发放
const RecordKind& facilityChecksKind();   // 设施设备检查 (FacilityChecks.cpp)
const RecordKind& utilityReadingsKind();  // 水电抄表 (UtilityReadings.cpp)

namespace asset {
inline const QString kCode = QStringLiteral("code");
inline const QString kName = QStringLiteral("name");
inline const QString kCategory = QStringLiteral("category");
inline const QString kModel = QStringLiteral("model");
inline const QString kUnit = QStringLiteral("unit");
inline const QString kQuantity = QStringLiteral("quantity");
inline const QString kUnitPrice = QStringLiteral("unit_price"); // fen
inline const QString kAcquiredOn = QStringLiteral("acquired_on");
inline const QString kSource = QStringLiteral("source");
inline const QString kCampus = QStringLiteral("campus");
inline const QString kLocation = QStringLiteral("location");
inline const QString kDepartment = QStringLiteral("department");
inline const QString kCustodian = QStringLiteral("custodian");
inline const QString kStatus = QStringLiteral("status");
inline const QString kNote = QStringLiteral("note");
// Derived.
inline const QString kAssetClass = QStringLiteral("asset_class"); // "fixed" or "low-value"
inline const QString kAmount = QStringLiteral("amount");          // quantity × unit price, fen
// Categories: the national classification's groups a kindergarten uses, plus teaching aids.
inline const QString kSpecialEquipment = QStringLiteral("special-equipment"); // 专用设备
// Status.
inline const QString kInUse = QStringLiteral("in-use");        // 在用
inline const QString kIdle = QStringLiteral("idle");           // 闲置
inline const QString kRepairing = QStringLiteral("repairing"); // 维修中
inline const QString kLent = QStringLiteral("lent");           // 借出
inline const QString kDisposed = QStringLiteral("disposed");   // 报废
// Classes.
inline const QString kFixed = QStringLiteral("fixed");        // 固定资产
inline const QString kLowValue = QStringLiteral("low-value"); // 低值易耗品
} // namespace asset

// 固定资产 at or above the threshold (the special-equipment one for that category), 低值易耗品 below.
QString assetClass(const QString& category, qint64 unitPriceFen, const KindergartenSettings& s);

// "BH-2026-0001": the campus prefix (KindergartenSettings::assetCodePrefix), the year, a 4-digit number.
QString assetCodePrefix(const KindergartenSettings& s, const QString& campus, int year); // "BH-2026-"
QString assetCode(const KindergartenSettings& s, const QString& campus, int year, int number);
// The code after `last` (the greatest code of that campus and year, or empty): number + 1.
QString nextAssetCode(const KindergartenSettings& s, const QString& campus, int year, const QString& last);
// The next code of a campus and year after those stored (RuleContext::lastWithPrefix).
QString nextAssetCodeFor(const RuleContext& c, const QString& campus, int year);

namespace loan {
inline const QString kAssetCode = QStringLiteral("asset_code");
inline const QString kItem = QStringLiteral("item");
inline const QString kCampus = QStringLiteral("campus");
inline const QString kBorrowerType = QStringLiteral("borrower_type");
inline const QString kBorrower = QStringLiteral("borrower");
inline const QString kQuantity = QStringLiteral("quantity");
inline const QString kLentOn = QStringLiteral("lent_on");
inline const QString kDueOn = QStringLiteral("due_on");
inline const QString kReturnedOn = QStringLiteral("returned_on");
inline const QString kCondition = QStringLiteral("return_condition");
inline const QString kNote = QStringLiteral("note");
inline const QString kStatus = QStringLiteral("loan_status");         // derived
inline const QString kOut = QStringLiteral("out");                    // 借出中
inline const QString kReturned = QStringLiteral("returned");          // 已归还
inline const QString kOverdue = QStringLiteral("overdue");            // 逾期未还
inline const QString kReturnedLate = QStringLiteral("returned-late"); // 逾期归还
} // namespace loan

// 借出中, 已归还, 逾期未还 (past due, not returned) or 逾期归还 (returned after the due date). Returned on
// the due date is on time; not returned on the due date is still 借出中.
QString loanStatus(const Record& loan, QDate today);

namespace repair {
inline const QString kReportedOn = QStringLiteral("reported_on");
inline const QString kReporter = QStringLiteral("reporter");
inline const QString kCampus = QStringLiteral("campus");
inline const QString kPlace = QStringLiteral("place");
inline const QString kAssetCode = QStringLiteral("asset_code");
inline const QString kDescription = QStringLiteral("description");
inline const QString kPriority = QStringLiteral("priority");
inline const QString kState = QStringLiteral("state");
inline const QString kRepairBy = QStringLiteral("repair_by");
inline const QString kAssignee = QStringLiteral("assignee");
inline const QString kCost = QStringLiteral("cost"); // fen
inline const QString kWorkDone = QStringLiteral("work_done");
inline const QString kCompletedOn = QStringLiteral("completed_on");
inline const QString kAcceptedBy = QStringLiteral("accepted_by");
// Priorities.
inline const QString kUrgent = QStringLiteral("urgent"); // 紧急
inline const QString kNormal = QStringLiteral("normal"); // 一般
inline const QString kLow = QStringLiteral("low");       // 可缓
// States.
inline const QString kWaiting = QStringLiteral("waiting");     // 待派工
inline const QString kRepairing = QStringLiteral("repairing"); // 维修中
inline const QString kDone = QStringLiteral("done");           // 已完成
inline const QString kAccepted = QStringLiteral("accepted");   // 已验收
// Who repairs.
inline const QString kSelf = QStringLiteral("self"); // 自行维修
} // namespace repair

// The lines of `record` (of `kind`) that can open a repair request (its lines kind's opensRepair: a failed
// facility check item), by index, whether or not one is open already.
QList<int> repairLines(const RecordKind& kind, const Record& record);
// Whether the lines of `kind` can open repairs at all (opensRepair and a repair_id field).
bool linesOpenRepairs(const RecordKind& kind);

namespace disposal {
inline const QString kDate = QStringLiteral("disposed_on");
inline const QString kCampus = QStringLiteral("campus");
inline const QString kReason = QStringLiteral("reason");
inline const QString kMethod = QStringLiteral("method");
inline const QString kApprovedBy = QStringLiteral("approved_by");
inline const QString kApprovalRef = QStringLiteral("approval_ref");
inline const QString kHandledBy = QStringLiteral("handled_by");
inline const QString kAssetCode = QStringLiteral("asset_code"); // of a line
inline const QString kNote = QStringLiteral("note");            // of a line
} // namespace disposal

namespace stocktake {
inline const QString kDate = QStringLiteral("counted_on");
inline const QString kCampus = QStringLiteral("campus");
inline const QString kRooms = QStringLiteral("rooms"); // 、-separated; empty = the whole campus
inline const QString kCounter = QStringLiteral("counter");
inline const QString kNote = QStringLiteral("note");
// Derived: the lines of each result.
inline const QString kFoundCount = QStringLiteral("found_count");
inline const QString kMissingCount = QStringLiteral("missing_count");
inline const QString kExtraCount = QStringLiteral("extra_count");
// A line.
inline const QString kCode = QStringLiteral("code");
inline const QString kScannedAt = QStringLiteral("scanned_at");
inline const QString kCountedRoom = QStringLiteral("counted_room"); // where it was counted
inline const QString kResult = QStringLiteral("result");
inline const QString kExtraKind = QStringLiteral("extra_kind");
inline const QString kRegisteredCampus = QStringLiteral("registered_campus");
inline const QString kRegisteredLocation = QStringLiteral("registered_location");
inline const QString kCorrectedOn = QStringLiteral("corrected_on");
inline const QString kLineNote = QStringLiteral("note");
// Results (the keys).
inline const QString kFound = QStringLiteral("found");     // registered in the counted rooms and counted
inline const QString kMissing = QStringLiteral("missing"); // 盘亏: registered there, not counted
inline const QString kExtra = QStringLiteral("extra");     // 盘盈: counted, not registered there
inline const QString kMoved = QStringLiteral("moved");     // extra, registered elsewhere
inline const QString kUnknown = QStringLiteral("unknown"); // extra, not in the register
} // namespace stocktake

namespace purchase {
inline const QString kRequestedOn = QStringLiteral("requested_on");
inline const QString kRequester = QStringLiteral("requester");
inline const QString kCampus = QStringLiteral("campus");
inline const QString kReason = QStringLiteral("reason");
inline const QString kState = QStringLiteral("state");
inline const QString kReviewedBy = QStringLiteral("reviewed_by");
inline const QString kReviewedOn = QStringLiteral("reviewed_on");
inline const QString kAcceptedBy = QStringLiteral("accepted_by");
inline const QString kSecondSigner = QStringLiteral("second_signer");
inline const QString kAcceptedOn = QStringLiteral("accepted_on");
inline const QString kStockedBy = QStringLiteral("stocked_by");
inline const QString kStockedOn = QStringLiteral("stocked_on");
inline const QString kEstimate = QStringLiteral("estimate"); // derived: the lines' total, fen
// Of a line (name, category, model, unit, quantity, unit_price, location as in the register).
inline const QString kForCampus = QStringLiteral("for_campus"); // the campus it goes to, else the request's
inline const QString kLineAmount = QStringLiteral("amount");    // derived: quantity × unit price, fen
inline const QString kNote = QStringLiteral("note");
// States.
inline const QString kRequested = QStringLiteral("requested"); // 申请
inline const QString kApproved = QStringLiteral("approved");   // 已审批
inline const QString kRejected = QStringLiteral("rejected");   // 已驳回
inline const QString kAccepted = QStringLiteral("accepted");   // 已验收
inline const QString kStocked = QStringLiteral("stocked");     // 已入库
} // namespace purchase

// The register entries that putting an accepted purchase request in stock (入库) creates, numbered after the
// codes already stored (RuleContext::lastWithPrefix) and after each other. A line of fixed assets (its unit
// price at or above the threshold of its category, as asset_class decides) becomes one entry per unit, each
// with its own code and quantity 1: three computers are three assets. A line of low-value consumables
// becomes one entry holding the line's quantity: ten chairs are one row of 10. Each entry is acquired on the
// stocking date, by purchase, in use, on the line's campus (else the request's) and location.
QList<LinkedInsert> purchaseRegisterEntries(const Record& request, const RuleContext& c);

namespace requisition {
inline const QString kIssuedOn = QStringLiteral("issued_on");
inline const QString kCampus = QStringLiteral("campus");
inline const QString kRecipientType = QStringLiteral("recipient_type"); // person / class
inline const QString kRecipient = QStringLiteral("recipient");
inline const QString kPurpose = QStringLiteral("purpose");
inline const QString kIssuedBy = QStringLiteral("issued_by");
inline const QString kReceivedBy = QStringLiteral("received_by");
inline const QString kNote = QStringLiteral("note");
// Of a line.
inline const QString kItem = QStringLiteral("item");
inline const QString kQuantity = QStringLiteral("quantity");
inline const QString kUnit = QStringLiteral("unit");
} // namespace requisition

namespace facility {
inline const QString kDate = QStringLiteral("date");
inline const QString kCampus = QStringLiteral("campus");
inline const QString kLevel = QStringLiteral("level");
inline const QString kChecker = QStringLiteral("checker");
inline const QString kArea = QStringLiteral("area");
inline const QString kFrostProtected = QStringLiteral("frost_protected");
inline const QString kProblems = QStringLiteral("problems");
// Levels: 日检, 周检, 月检. The checklist of a level is "facility-checks.<level>".
inline const QString kDaily = QStringLiteral("daily");
inline const QString kWeekly = QStringLiteral("weekly");
inline const QString kMonthly = QStringLiteral("monthly");
// Filters.
inline const QString kFailedUnhandled = QStringLiteral("failed-unhandled");
inline const QString kFrostProtectedFilter = QStringLiteral("frost-protected");
} // namespace facility

namespace utility {
inline const QString kCampus = QStringLiteral("campus");
inline const QString kMeter = QStringLiteral("meter");
inline const QString kMeterType = QStringLiteral("meter_type");
inline const QString kDate = QStringLiteral("date");
inline const QString kReading = QStringLiteral("reading");
inline const QString kReset = QStringLiteral("meter_reset");
inline const QString kReader = QStringLiteral("reader");
inline const QString kNote = QStringLiteral("note");
inline const QString kUse = QStringLiteral("use"); // derived
inline const QString kWater = QStringLiteral("water");
inline const QString kElectricity = QStringLiteral("electricity");
} // namespace utility

// The use a reading records since `previous` (the same meter's reading before it, or null): the difference,
// or the reading itself when it is marked as a meter replacement or reset (the new meter counts from its
// start). Null without a previous reading (the first reading of a meter has nothing to compare with).
QVariant utilityUse(const Record& reading, const Record* previous);
// One meter's use in one month: the sum of the uses of the readings dated in that month.
struct MonthlyUse {
    QString campus, meter, meterType;
    QDate month; // the first of the month
    double use = 0;
};
// The monthly use of every meter in `readings` (any order, any campus), sorted by campus, meter type,
// meter and month. A reading's use counts in the month of its date; the first reading of a meter only
// sets where it starts.
QList<MonthlyUse> monthlyUse(const QList<Record>& readings);

// The winter frost protection of large outdoor equipment (plan: week 18, January) is due on `day`: from
// Monday of week 18 of an autumn semester (starting in July or later) to the end of that term.
bool frostProtectionDue(QDate day, const KindergartenSettings& s);
// The first of December of the winter `day` belongs to: a facility check from then on can record it done.
QDate frostSeasonStart(QDate day);

// The module's dashboard items.
const QList<AttentionItem>& attentionItems();

} // namespace houqin::assets
