<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Houqin</source>
        <translation>关于后勤</translation>
    </message>
    <message>
        <source>Houqin keeps the records of a kindergarten&apos;s logistics office: food samples, staff and, step by step, everything else the office registers.</source>
        <translation>后勤软件记录幼儿园后勤办公室的各项台账：食品留样、教职工，并将逐步覆盖后勤办公室登记的其他事项。</translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <source>view</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <extracomment>zh_CN &quot;%1（%2）无权%3。&quot;</extracomment>
        <translation>%1（%2）无权%3。</translation>
    </message>
    <message>
        <source>take the step &quot;%1&quot; on</source>
        <extracomment>zh_CN &quot;执行“%1”：&quot;</extracomment>
        <translation>执行“%1”：</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>The action and what it acts on: &quot;export Morning checks&quot;. zh_CN &quot;%1%2&quot;</extracomment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Houqin cannot start</source>
        <translation>后勤系统无法启动</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>A record can have at most %1 photos; this one has %2. Remove some before saving.</source>
        <translation>一条记录最多可有 %1 张照片，这条有 %2 张。请先删去几张再保存。</translation>
    </message>
    <message>
        <source>The photo %1 is listed twice.</source>
        <translation>照片 %1 重复列出。</translation>
    </message>
    <message>
        <source>A photo has no file name.</source>
        <translation>有一张照片没有文件名。</translation>
    </message>
    <message>
        <source>%1 is not stored as JPEG or PNG (it is &quot;%2&quot;).</source>
        <translation>%1 不是以 JPEG 或 PNG 格式保存的（而是“%2”）。</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels; a stored photo must be 1 to %4 pixels on each side.</source>
        <translation>%1 为 %2 × %3 像素；保存的照片每边须为 1 至 %4 像素。</translation>
    </message>
    <message>
        <source>%1 has no image data.</source>
        <translation>%1 没有图像数据。</translation>
    </message>
    <message>
        <source>%1 is %2 MB after scaling; at most %3 MB can be stored.</source>
        <translation>%1 缩小后仍有 %2 MB；最多只能保存 %3 MB。</translation>
    </message>
    <message>
        <source>The record the photos belong to no longer exists.</source>
        <translation>照片所属的记录已不存在。</translation>
    </message>
    <message>
        <source>This photo no longer exists.</source>
        <translation>这张照片已不存在。</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <source>Food samples due for disposal</source>
        <extracomment>zh_CN &quot;留样已满保存时限，待处置&quot;</extracomment>
        <translation>留样已满保存时限，待处置</translation>
    </message>
    <message>
        <source>Food samples overdue for disposal</source>
        <extracomment>zh_CN &quot;留样逾期未处置&quot;</extracomment>
        <translation>留样逾期未处置</translation>
    </message>
    <message>
        <source>Overdue plan tasks</source>
        <extracomment>zh_CN &quot;逾期未完成的计划任务&quot;</extracomment>
        <translation>逾期未完成的计划任务</translation>
    </message>
    <message>
        <source>Positive pesticide tests not yet handled</source>
        <extracomment>zh_CN &quot;农残检测不合格，尚未处置&quot;</extracomment>
        <translation>农残检测不合格，尚未处置</translation>
    </message>
    <message>
        <source>No pesticide test today</source>
        <extracomment>zh_CN &quot;今天还没有农残检测&quot;</extracomment>
        <translation>今天还没有农残检测</translation>
    </message>
    <message>
        <source>Last month&apos;s canteen account not published</source>
        <extracomment>zh_CN &quot;上月伙食收支尚未公示&quot;</extracomment>
        <translation>上月伙食收支尚未公示</translation>
    </message>
    <message>
        <source>Health certificates expired</source>
        <extracomment>zh_CN &quot;健康证已过期&quot;</extracomment>
        <translation>健康证已过期</translation>
    </message>
    <message>
        <source>Health certificates expiring soon</source>
        <extracomment>zh_CN &quot;健康证即将到期&quot;</extracomment>
        <translation>健康证即将到期</translation>
    </message>
    <message>
        <source>Supplier licences expired</source>
        <extracomment>zh_CN &quot;供应商证照已过期&quot;</extracomment>
        <translation>供应商证照已过期</translation>
    </message>
    <message>
        <source>Supplier licences expiring soon</source>
        <extracomment>zh_CN &quot;供应商证照即将到期&quot;</extracomment>
        <translation>供应商证照即将到期</translation>
    </message>
    <message>
        <source>Canteen staff without today&apos;s morning check</source>
        <extracomment>zh_CN &quot;食堂人员今日未晨检&quot;</extracomment>
        <translation>食堂人员今日未晨检</translation>
    </message>
    <message>
        <source>Canteen staff without a valid health certificate</source>
        <extracomment>zh_CN &quot;食堂人员无有效健康证&quot;</extracomment>
        <translation>食堂人员无有效健康证</translation>
    </message>
    <message>
        <source>A meal on today&apos;s menu without food samples</source>
        <extracomment>zh_CN &quot;今日食谱中有餐次未留样&quot;</extracomment>
        <translation>今日食谱中有餐次未留样</translation>
    </message>
    <message>
        <source>This week&apos;s menu not published</source>
        <extracomment>zh_CN &quot;本周食谱尚未公示&quot;</extracomment>
        <translation>本周食谱尚未公示</translation>
    </message>
    <message>
        <source>Next week&apos;s menu not published</source>
        <extracomment>zh_CN &quot;下周食谱尚未公示&quot;</extracomment>
        <translation>下周食谱尚未公示</translation>
    </message>
    <message>
        <source>Staff unfit for duty at the morning check, no measure recorded</source>
        <extracomment>zh_CN &quot;晨检不宜上岗，尚未记录处理措施&quot;</extracomment>
        <translation>晨检不宜上岗，尚未记录处理措施</translation>
    </message>
    <message>
        <source>Hazards past their deadline</source>
        <extracomment>zh_CN &quot;逾期未整改的隐患&quot;</extracomment>
        <translation>逾期未整改的隐患</translation>
    </message>
    <message>
        <source>Rectified hazards waiting for verification</source>
        <extracomment>zh_CN &quot;待验收的隐患整改&quot;</extracomment>
        <translation>待验收的隐患整改</translation>
    </message>
    <message>
        <source>No emergency drill yet this quarter</source>
        <translation>本季度尚未开展应急演练</translation>
    </message>
    <message>
        <source>Staff without this semester&apos;s responsibility agreement</source>
        <translation>本学期未签责任书的教职工</translation>
    </message>
    <message>
        <source>No closing check on the last school day</source>
        <translation>上一个上学日没有放学后检查记录</translation>
    </message>
    <message>
        <source>Visitors not signed out</source>
        <translation>来访人员未登记离园</translation>
    </message>
    <message>
        <source>Classes without this month&apos;s safety education</source>
        <translation>本月尚未开展安全教育的班级</translation>
    </message>
    <message>
        <source>Today&apos;s first round not recorded</source>
        <extracomment>zh_CN &quot;今日第一巡未记录&quot;</extracomment>
        <translation>今日第一巡未记录</translation>
    </message>
    <message>
        <source>Today&apos;s second round not recorded</source>
        <extracomment>zh_CN &quot;今日第二巡未记录&quot;</extracomment>
        <translation>今日第二巡未记录</translation>
    </message>
    <message>
        <source>Today&apos;s third round not recorded</source>
        <extracomment>zh_CN &quot;今日第三巡未记录&quot;</extracomment>
        <translation>今日第三巡未记录</translation>
    </message>
    <message>
        <source>Mentor pairs without this month&apos;s review</source>
        <extracomment>zh_CN &quot;本月尚未小结的师徒结对&quot;</extracomment>
        <translation>本月尚未小结的师徒结对</translation>
    </message>
    <message>
        <source>Loans past their due date</source>
        <extracomment>zh_CN &quot;逾期未还的借出物品&quot;</extracomment>
        <translation>逾期未还的借出物品</translation>
    </message>
    <message>
        <source>End of term: loans not yet returned</source>
        <extracomment>zh_CN &quot;学期末：尚未归还的借出物品&quot;</extracomment>
        <translation>学期末：尚未归还的借出物品</translation>
    </message>
    <message>
        <source>This month&apos;s exam not yet held</source>
        <extracomment>zh_CN &quot;本月理论考试尚未进行&quot;</extracomment>
        <translation>本月理论考试尚未进行</translation>
    </message>
    <message>
        <source>Staff without this month&apos;s appraisal</source>
        <extracomment>zh_CN &quot;本月考核未完成的员工&quot;</extracomment>
        <translation>本月未考核的员工</translation>
    </message>
    <message>
        <source>Urgent repairs not dispatched for over %1 day(s)</source>
        <extracomment>zh_CN &quot;超过%1天未派工的紧急报修&quot;</extracomment>
        <translation>超过%1天未派工的紧急报修</translation>
    </message>
    <message>
        <source>Repairs not done after %1 days</source>
        <extracomment>zh_CN &quot;超过%1天未修好的报修&quot;</extracomment>
        <translation>超过%1天未修好的报修</translation>
    </message>
    <message>
        <source>No study session in the last %1 days</source>
        <extracomment>zh_CN &quot;近%1天没有业务学习&quot;</extracomment>
        <translation>近%1天没有业务学习</translation>
    </message>
    <message>
        <source>Campuses due for this week&apos;s stocktake</source>
        <extracomment>zh_CN &quot;本周应清点资产的园区（尚未清点）&quot;</extracomment>
        <translation>本周应清点资产的园区（尚未清点）</translation>
    </message>
    <message>
        <source>Purchase requests awaiting approval</source>
        <extracomment>zh_CN &quot;待审批的申购&quot;</extracomment>
        <translation>待审批的申购</translation>
    </message>
    <message>
        <source>Failed facility check items not yet handled</source>
        <extracomment>zh_CN &quot;设施设备检查的不合格项尚未处理&quot;</extracomment>
        <translation>设施设备检查的不合格项尚未处理</translation>
    </message>
    <message>
        <source>Winter: protect the large outdoor equipment from frost (week 18)</source>
        <extracomment>zh_CN &quot;冬季户外大型器械防冻保护（第十八周）&quot;</extracomment>
        <translation>冬季户外大型器械防冻保护（第十八周）</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Audit row %1, checked before, has been changed or deleted.</source>
        <translation>第 %1 条操作记录（上次已核对）已被改动或删除。</translation>
    </message>
    <message>
        <source>Audit row %1 does not follow the row before it: a row was deleted or inserted there.</source>
        <translation>第 %1 条操作记录与前一条接不上：那里有记录被删除或插入。</translation>
    </message>
    <message>
        <source>Audit row %1 has been changed since it was written.</source>
        <translation>第 %1 条操作记录写入后被改动过。</translation>
    </message>
</context>
<context>
    <name>AuditWarning</name>
    <message>
        <source>%1
Run houqin audit verify to check the whole trail, and look for an unchanged copy among the backups.</source>
        <extracomment>zh_CN &quot;%1
请运行 houqin audit verify 检查整条操作记录，并从备份中找回未被改动的数据文件。&quot;</extracomment>
        <translation>%1
请运行 houqin audit verify 检查整条操作记录，并从备份中找回未被改动的数据文件。</translation>
    </message>
    <message>
        <source>The audit trail has been changed</source>
        <extracomment>zh_CN &quot;操作记录被改动过&quot;</extracomment>
        <translation>操作记录被改动过</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Before term</source>
        <extracomment>A plan task due before teaching week 1: zh_CN &quot;开学前&quot;</extracomment>
        <translation>开学前</translation>
    </message>
    <message>
        <source>Week %1</source>
        <extracomment>Teaching week N of the semester: zh_CN &quot;第%1周&quot;</extracomment>
        <translation>第%1周</translation>
    </message>
</context>
<context>
    <name>Canteen</name>
    <message>
        <source>Enter the month as its first day: %1 for %2.</source>
        <translation>月份请填写当月1日：%2 应填 %1。</translation>
    </message>
</context>
<context>
    <name>CanteenAccounts</name>
    <message>
        <source>The account cannot be published before its month begins.</source>
        <translation>该月尚未开始，不能公示该月的伙食收支。</translation>
    </message>
</context>
<context>
    <name>CanteenExtensions</name>
    <message>
        <source>Today&apos;s tests…</source>
        <translation>今日快检…</translation>
    </message>
    <message>
        <source>Types the day&apos;s tests one vegetable after another, with the keyboard alone</source>
        <translation>只用键盘逐样录入当天的农残快检</translation>
    </message>
    <message>
        <source>%1 pesticide tests saved.</source>
        <translation>已保存 %1 条农残快检。</translation>
    </message>
    <message>
        <source>%1 positive: record how each was handled (open it in the list).</source>
        <translation>其中 %1 条阳性：请在列表中打开并登记处置情况。</translation>
    </message>
    <message>
        <source>Today&apos;s morning check…</source>
        <translation>今日晨检…</translation>
    </message>
    <message>
        <source>Checks all canteen staff of the day on one screen</source>
        <translation>在一个界面完成当天全体食堂人员的晨检</translation>
    </message>
    <message>
        <source>%1 morning checks saved.</source>
        <translation>已保存 %1 条晨检记录。</translation>
    </message>
    <message>
        <source>%1 not fit for duty: record the action taken in the list.</source>
        <translation>其中 %1 人不宜上岗：请在列表中登记处理措施。</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>复制反馈摘要</translation>
    </message>
    <message>
        <source>Copies a short summary of the selected visit, to paste into the parents&apos; groups</source>
        <translation>复制所选来园活动的简短摘要，用于粘贴到家长群</translation>
    </message>
    <message>
        <source>Select a visit first.</source>
        <translation>请先选择一次来园记录。</translation>
    </message>
    <message>
        <source>The visit&apos;s summary is on the clipboard: paste it into the parents&apos; groups.</source>
        <translation>摘要已复制到剪贴板，可粘贴到各班家长群。</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>The charts component %1 cannot be loaded: %2</source>
        <extracomment>zh_CN &quot;图表组件 %1 无法加载：%2&quot;</extracomment>
        <translation>图表组件 %1 无法加载：%2</translation>
    </message>
    <message>
        <source>The charts component was not found (looked for %1)</source>
        <extracomment>zh_CN &quot;找不到图表组件（已查找：%1）&quot;</extracomment>
        <translation>找不到图表组件（已查找：%1）</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>The item failed: note what was found.</source>
        <translation>该项不合格：请写明发现的问题。</translation>
    </message>
    <message>
        <source>%1 has no lines that open hazards.</source>
        <translation>%1 没有可登记隐患的明细。</translation>
    </message>
    <message>
        <source>%1 has no lines that open repairs.</source>
        <extracomment>zh_CN &quot;%1 的检查项不能报修。&quot;</extracomment>
        <translation>%1 的检查项不能报修。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>--lang must be zh_CN or en, not &quot;%1&quot;.</source>
        <translation>--lang 只能是 zh_CN 或 en，而不是“%1”。</translation>
    </message>
    <message>
        <source>Without a command, Houqin opens its window.</source>
        <translation>不带命令时，打开后勤系统窗口。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &quot;houqin COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>运行“houqin 命令 --help”查看该命令的选项。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>The database is sound: %1</source>
        <translation>数据库完好：%1</translation>
    </message>
    <message numerus="yes">
        <source>The database has %n problem(s). Restore a backup or ask for help.</source>
        <translation>
            <numerusform>数据库有 %n 处问题。请恢复备份或寻求技术支持。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill an empty database with realistic sample records to explore.</source>
        <translation>向空数据库填入示例记录，便于试用。</translation>
    </message>
    <message>
        <source>How many years of records (1 to 30; default 1).</source>
        <translation>生成几年的记录（1 到 30，默认 1）。</translation>
    </message>
    <message>
        <source>demo-data takes no arguments besides --years.</source>
        <translation>demo-data 除 --years 外不接受其他参数。</translation>
    </message>
    <message>
        <source>--years must be a whole number from 1 to 30.</source>
        <translation>--years 必须是 1 到 30 之间的整数。</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1：%2</translation>
    </message>
    <message>
        <source>Record kind key (see: houqin kinds).</source>
        <translation>记录类别代码（见 houqin kinds）。</translation>
    </message>
    <message>
        <source>Header of field keys and language-neutral values.</source>
        <translation>表头用字段代码，取值用与语言无关的格式。</translation>
    </message>
    <message>
        <source>First date to include.</source>
        <translation>起始日期（含）。</translation>
    </message>
    <message>
        <source>Last date to include.</source>
        <translation>截止日期（含）。</translation>
    </message>
    <message>
        <source>export needs exactly one KIND.</source>
        <translation>export 需要且只需要一个记录类别。</translation>
    </message>
    <message>
        <source>Unknown record kind &quot;%1&quot; (see: houqin kinds).</source>
        <translation>未知的记录类别“%1”（见 houqin kinds）。</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from 晚于 --to。</translation>
    </message>
    <message>
        <source>%1 has no date to filter on.</source>
        <translation>%1 没有可按日期筛选的字段。</translation>
    </message>
    <message>
        <source>import needs a KIND and a FILE.</source>
        <translation>import 需要记录类别和文件两个参数。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found.</source>
        <translation>
            <numerusform>未导入任何数据：发现 %n 处问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) into %1.</source>
        <translation>
            <numerusform>已向“%1”导入 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>List each record kind&apos;s key, label and row count.</source>
        <translation>列出每类记录的代码、名称和条数。</translation>
    </message>
    <message>
        <source>kinds takes no arguments.</source>
        <translation>kinds 不接受参数。</translation>
    </message>
    <message>
        <source>Print a report to a PDF file.</source>
        <translation>把报表打印为 PDF 文件。</translation>
    </message>
    <message>
        <source>Report key (see: houqin reports).</source>
        <translation>报表代码（见 houqin reports）。</translation>
    </message>
    <message>
        <source>The day, e.g. 2026-09-01.</source>
        <translation>日期，例如 2026-09-01。</translation>
    </message>
    <message>
        <source>The ISO week, e.g. 2026-W36.</source>
        <translation>ISO 周，例如 2026-W36。</translation>
    </message>
    <message>
        <source>The month, e.g. 2026-09.</source>
        <translation>月份，例如 2026-09。</translation>
    </message>
    <message>
        <source>print needs exactly one REPORT.</source>
        <translation>print 需要且只需要一个报表。</translation>
    </message>
    <message>
        <source>Give only one of --date, --week and --month.</source>
        <translation>--date、--week、--month 只能给出一个。</translation>
    </message>
    <message>
        <source>Unknown report &quot;%1&quot; (see: houqin reports).</source>
        <translation>未知报表“%1”（见 houqin reports）。</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 需要 %2。</translation>
    </message>
    <message>
        <source>%1 is printed by %2.</source>
        <translation>%1 按 %2 打印。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>已写入 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>List the printable reports.</source>
        <translation>列出可打印的报表。</translation>
    </message>
    <message>
        <source>Any record kind key (see: houqin kinds) also prints that kind&apos;s list, for the period given.</source>
        <translation>也可以用任一记录类别代码（见 houqin kinds）打印该类记录在所给期间内的清单。</translation>
    </message>
    <message>
        <source>Create, list and choose semesters and their work plans.</source>
        <translation>新建、列出和选择学期及其工作计划。</translation>
    </message>
    <message>
        <source>new: create a semester; list: list them; current [NAME]: show or choose the current one; recurring NAME: propose the recurring tasks (--add adds them).</source>
        <translation>new：新建学期；list：列出学期；current [学期名]：查看或设定当前学期；recurring 学期名：列出建议的周期性任务（加 --add 则添加）。</translation>
    </message>
    <message>
        <source>new: the semester&apos;s name.</source>
        <translation>new：学期名称。</translation>
    </message>
    <message>
        <source>new: the first day of term.</source>
        <translation>new：开学日期。</translation>
    </message>
    <message>
        <source>new: the last day (default: the Sunday of week 20).</source>
        <translation>new：学期最后一天（默认为第20周的星期日）。</translation>
    </message>
    <message>
        <source>new: copy the tasks of the plan template.</source>
        <translation>new：从计划模板复制任务。</translation>
    </message>
    <message>
        <source>new: copy the tasks of an earlier semester.</source>
        <translation>new：从以前的学期复制任务。</translation>
    </message>
    <message>
        <source>new: make it the current semester (the first semester always becomes current).</source>
        <translation>new：设为当前学期（第一个学期总是当前学期）。</translation>
    </message>
    <message>
        <source>recurring: add the proposed tasks.</source>
        <translation>recurring：添加建议的任务。</translation>
    </message>
    <message>
        <source>semester new takes options only.</source>
        <translation>semester new 只接受选项参数。</translation>
    </message>
    <message>
        <source>semester list takes no arguments.</source>
        <translation>semester list 不接受参数。</translation>
    </message>
    <message>
        <source>semester current takes at most one NAME.</source>
        <translation>semester current 最多接受一个学期名。</translation>
    </message>
    <message>
        <source>semester recurring needs exactly one NAME.</source>
        <translation>semester recurring 需要且只需要一个学期名。</translation>
    </message>
    <message>
        <source>semester needs an action: new, list, current or recurring.</source>
        <translation>semester 需要指定操作：new、list、current 或 recurring。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use new, list, current or recurring.</source>
        <translation>未知操作“%1”：请使用 new、list、current 或 recurring。</translation>
    </message>
    <message>
        <source>%1: %2 to %3, %4 teaching weeks</source>
        <extracomment>%1 name, %2 first day, %3 last day, %4 number of weeks. zh_CN &quot;%1：%2 至 %3，共%4周&quot;</extracomment>
        <translation>%1：%2 至 %3，共%4个教学周</translation>
    </message>
    <message>
        <source>semester new needs --name and --start.</source>
        <translation>semester new 需要 --name 和 --start。</translation>
    </message>
    <message>
        <source>Give either --from-template or --copy-from, not both.</source>
        <translation>--from-template 和 --copy-from 只能二选一。</translation>
    </message>
    <message>
        <source>Created %1; plan tasks: %2.</source>
        <translation>已新建 %1；计划任务 %2 项。</translation>
    </message>
    <message>
        <source>%1 is the current semester.</source>
        <translation>%1 是当前学期。</translation>
    </message>
    <message>
        <source>current</source>
        <extracomment>Marks the current semester in &quot;houqin semester list&quot;: zh_CN &quot;当前学期&quot;</extracomment>
        <translation>当前学期</translation>
    </message>
    <message>
        <source>No semester is current. Create one with &quot;houqin semester new&quot;.</source>
        <translation>没有当前学期。请用“houqin semester new”新建一个。</translation>
    </message>
    <message>
        <source>Today: %1, %2</source>
        <extracomment>zh_CN &quot;今天：%1，%2&quot;</extracomment>
        <translation>今天：%1，%2</translation>
    </message>
    <message>
        <source>after the end of term</source>
        <translation>学期已结束</translation>
    </message>
    <message>
        <source>Proposed tasks: %1. Add them with --add.</source>
        <translation>建议任务 %1 项。加 --add 即可添加。</translation>
    </message>
    <message>
        <source>Added %1 task(s) to %2.</source>
        <translation>已向 %2 添加 %1 项任务。</translation>
    </message>
    <message>
        <source>The PDF file to write (a .html file: a web page).</source>
        <translation>要写入的 PDF 文件（扩展名为 .html 时写网页）。</translation>
    </message>
    <message>
        <source>print needs -o FILE.pdf (or FILE.html).</source>
        <translation>print 需要 -o 文件.pdf（或 文件.html）。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity, foreign keys, tables and every stored value.</source>
        <translation>检查数据库的完整性、外键、各表以及每一个保存的数值。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) not listed.</source>
        <translation>
            <numerusform>……另有 %n 处问题未列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows with a record ID of this database update that record; rows without one are added.</source>
        <translation>带有本数据库记录编号的行更新对应的记录；没有编号的行作为新记录添加。</translation>
    </message>
    <message>
        <source>Ignore the record ID column and add every row as a new record.</source>
        <translation>忽略记录编号栏，每一行都作为新记录添加。</translation>
    </message>
    <message>
        <source>Give --update or --insert-only, not both.</source>
        <translation>--update 和 --insert-only 只能选一个。</translation>
    </message>
    <message>
        <source>The file has record IDs. Planned: %1.</source>
        <translation>文件带有记录编号。计划：%1。</translation>
    </message>
    <message>
        <source>Nothing was imported: give --update to update those records and add the rows without ID, or --insert-only to add every row as a new record.</source>
        <translation>没有导入任何记录：请加 --update（更新这些记录，并添加没有编号的行），或加 --insert-only（每一行都作为新记录添加）。</translation>
    </message>
    <message>
        <source>Imported into %1: %2.</source>
        <translation>已导入%1：%2。</translation>
    </message>
    <message>
        <source>new: mark the tasks of weeks already over as not tracked (a semester entered after it began).</source>
        <translation>new：把已经过去的各周的任务标为“不跟踪”（学期开始后才录入时使用）。</translation>
    </message>
    <message>
        <source>Tasks of weeks already over, not tracked: %1.</source>
        <translation>已过去各周的任务，不跟踪：%1 项。</translation>
    </message>
    <message>
        <source>%1 tasks belong to weeks already over and are overdue; --skip-past-weeks marks them not tracked.</source>
        <translation>%1 项任务属于已经过去的周，现为逾期；使用 --skip-past-weeks 可将其标为“不跟踪”。</translation>
    </message>
    <message>
        <source>List what needs attention (the overview&apos;s items) on a day.</source>
        <translation>列出某一天需要注意的事项（即总览中的提醒）。</translation>
    </message>
    <message>
        <source>The day to look at (default: today).</source>
        <translation>要查看的日期（默认今天）。</translation>
    </message>
    <message>
        <source>attention takes no arguments.</source>
        <translation>attention 不接受参数。</translation>
    </message>
    <message>
        <source>The report&apos;s blank form, to fill in by hand (e.g. the weekly safety inspection sheet).</source>
        <translation>打印报表的空白表，供手工填写（如每周安全检查表）。</translation>
    </message>
    <message>
        <source>%1 has no blank form; --blank is for: %2.</source>
        <translation>%1 没有空白表；--blank 仅适用于：%2。</translation>
    </message>
    <message>
        <source>Usage: houqin [--db FILE] [--user NAME] [--lang zh_CN|en] [--verbose] [COMMAND [ARGS...]]</source>
        <translation>用法：houqin [--db 文件] [--user 用户名] [--lang zh_CN|en] [--verbose] [命令 [参数...]]</translation>
    </message>
    <message>
        <source>Once the file has users, --user NAME signs in; the password is read from HOUQIN_PASSWORD or asked for on a terminal.</source>
        <translation>数据文件有用户后，用 --user 用户名 登录；密码从 HOUQIN_PASSWORD 读取，在终端里运行时会提示输入。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 2 usage error, 3 validation failure (nothing written), 4 storage or file error, 5 wrong password, locked account or missing permission.</source>
        <translation>退出码：0 成功，2 用法错误，3 数据校验未通过（未写入任何内容），4 数据库或文件错误，5 密码错误、账号锁定或没有权限。</translation>
    </message>
    <message>
        <source>This file has no users yet, so there is no user %1. Add the director first: houqin user add NAME --role director.</source>
        <translation>这个数据文件还没有用户，没有“%1”。请先添加园长：houqin user add 姓名 --role director。</translation>
    </message>
    <message>
        <source>This file has users: sign in with --user NAME (the password from HOUQIN_PASSWORD or the prompt).</source>
        <translation>这个数据文件已有用户：请用 --user 用户名 登录（密码来自 HOUQIN_PASSWORD 或提示输入）。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码： </translation>
    </message>
    <message>
        <source>No password for %1: set HOUQIN_PASSWORD or run the command on a terminal.</source>
        <translation>没有 %1 的密码：请设置 HOUQIN_PASSWORD，或在终端里运行命令。</translation>
    </message>
    <message>
        <source>Check the audit trail: audit verify.</source>
        <translation>检查操作记录：audit verify。</translation>
    </message>
    <message>
        <source>Check the whole hash chain.</source>
        <translation>检查整条校验链。</translation>
    </message>
    <message>
        <source>audit takes one action: verify.</source>
        <translation>audit 只有一个操作：verify。</translation>
    </message>
    <message>
        <source>check the audit trail</source>
        <translation>检查操作记录</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n row(s), head %1.</source>
        <translation>
            <numerusform>操作记录完好：共 %n 条，链首 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>add demo data</source>
        <translation>添加示例数据</translation>
    </message>
    <message>
        <source>Manage users: add, list, passwd, disable, enable.</source>
        <translation>管理用户：add、list、passwd、disable、enable。</translation>
    </message>
    <message>
        <source>add, list, passwd, disable or enable.</source>
        <translation>add、list、passwd、disable 或 enable。</translation>
    </message>
    <message>
        <source>The user&apos;s name.</source>
        <translation>用户名。</translation>
    </message>
    <message>
        <source>The role of a new user: %1.</source>
        <translation>新用户的角色：%1。</translation>
    </message>
    <message>
        <source>The staff record that is this user.</source>
        <translation>该用户对应的教职工记录。</translation>
    </message>
    <message>
        <source>list the users</source>
        <translation>列出用户</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>user %1 needs a NAME.</source>
        <translation>user %1 需要用户名。</translation>
    </message>
    <message>
        <source>disable a user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>enable a user</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>已停用 %1。</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>已启用 %1。</translation>
    </message>
    <message>
        <source>Unknown user action &quot;%1&quot;: add, list, passwd, disable or enable.</source>
        <translation>未知的用户操作“%1”：可用 add、list、passwd、disable 或 enable。</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密码： </translation>
    </message>
    <message>
        <source>New password again: </source>
        <translation>再输一遍新密码： </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The first user is the director: add --role director.</source>
        <translation>第一个用户必须是园长：请加 --role director。</translation>
    </message>
    <message>
        <source>add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Give the new user&apos;s --role: %1.</source>
        <translation>请给出新用户的 --role：%1。</translation>
    </message>
    <message>
        <source>No new password: set HOUQIN_NEW_PASSWORD or run the command on a terminal.</source>
        <translation>没有新密码：请设置 HOUQIN_NEW_PASSWORD，或在终端里运行命令。</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>change another user&apos;s password</source>
        <translation>修改其他用户的密码</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>已修改 %1 的密码。</translation>
    </message>
    <message>
        <source>%1 has no option --%2 (its options: %3).</source>
        <extracomment>zh_CN &quot;%1 没有选项 --%2（它的选项：%3）。&quot;</extracomment>
        <translation>%1 没有选项 --%2（它的选项：%3）。</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1 The command goes on.</source>
        <extracomment>zh_CN &quot;自动备份失败：%1 命令继续执行。&quot;</extracomment>
        <translation>自动备份失败：%1 命令继续执行。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <extracomment>zh_CN &quot;警告：%1&quot;
----------
zh_CN &quot;注意：%1&quot;</extracomment>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Back up the database now, into the backup folder or to -o FILE.</source>
        <extracomment>zh_CN &quot;立即备份数据库到备份文件夹（或 -o 指定的文件）。&quot;</extracomment>
        <translation>立即备份数据库到备份文件夹（或 -o 指定的文件）。</translation>
    </message>
    <message>
        <source>Write the backup to this file instead of the backup folder.</source>
        <translation>把备份写到此文件，而不是备份文件夹。</translation>
    </message>
    <message>
        <source>backup takes no arguments; use -o FILE.</source>
        <translation>backup 不接受参数；请用 -o 文件。</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <extracomment>zh_CN &quot;正在备份…&quot;</extracomment>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>已备份到 %1（%2）。</translation>
    </message>
    <message>
        <source>Export a record kind as CSV (UTF-8 with BOM, for Excel), or as a workbook when FILE ends in .xlsx.</source>
        <translation>将某类记录导出为 CSV（带 BOM 的 UTF-8，供 Excel 打开）；文件名以 .xlsx 结尾时导出为工作簿。</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output (.xlsx: a workbook).</source>
        <translation>写入文件而不是标准输出（.xlsx 为工作簿）。</translation>
    </message>
    <message>
        <source>Import a CSV or .xlsx file into a record kind: all rows or none.</source>
        <translation>将 CSV 或 .xlsx 文件导入某类记录：要么全部导入，要么都不导入。</translation>
    </message>
    <message>
        <source>CSV or .xlsx file to import.</source>
        <translation>要导入的 CSV 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>The sheet of an .xlsx workbook to import (default: the first).</source>
        <translation>要导入的 .xlsx 工作簿中的工作表（默认第一个）。</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>导入%1</translation>
    </message>
    <message>
        <source>Restore the database from a backup (the current file is kept as .before-restore-TIME).</source>
        <extracomment>zh_CN &quot;用备份恢复数据库（当前文件另存为 .before-restore-时间）。&quot;</extracomment>
        <translation>用备份恢复数据库（当前文件另存为 .before-restore-时间）。</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>要恢复的备份。</translation>
    </message>
    <message>
        <source>restore needs the backup FILE.</source>
        <translation>restore 需要指定备份文件。</translation>
    </message>
    <message>
        <source>The database was not changed.</source>
        <extracomment>zh_CN &quot;数据库没有改动。&quot;</extracomment>
        <translation>数据库没有改动。</translation>
    </message>
    <message>
        <source>restore the database</source>
        <translation>恢复数据库</translation>
    </message>
    <message>
        <source>The current database cannot be opened (%1); it is replaced and kept aside.</source>
        <extracomment>zh_CN &quot;当前数据库无法打开（%1），将直接替换，原文件会保留。&quot;</extracomment>
        <translation>当前数据库无法打开（%1），将直接替换，原文件会保留。</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <extracomment>zh_CN &quot;正在恢复…&quot;</extracomment>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已用 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>The previous file is kept as %1.</source>
        <extracomment>zh_CN &quot;原来的文件保留为 %1。&quot;</extracomment>
        <translation>原来的文件保留为 %1。</translation>
    </message>
    <message>
        <source>add a semester</source>
        <translation>新建学期</translation>
    </message>
    <message>
        <source>change the current semester</source>
        <translation>更改当前学期</translation>
    </message>
    <message>
        <source>add plan tasks</source>
        <translation>添加计划任务</translation>
    </message>
    <message>
        <source>change its users</source>
        <translation>更改其中的用户</translation>
    </message>
    <message>
        <source>Adding demo data…</source>
        <translation>正在添加演示数据…</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more warning(s) not listed.</source>
        <extracomment>zh_CN &quot;…另有 %n 条注意事项未列出。&quot;</extracomment>
        <translation>
            <numerusform>…另有 %n 条注意事项未列出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Constraints</name>
    <message>
        <source>The account of that month is already recorded; edit it instead.</source>
        <translation>该月的伙食收支已经登记，请修改原记录。</translation>
    </message>
    <message>
        <source>This week already has a menu for this campus; edit that menu instead.</source>
        <translation>该园区本周已有食谱，请修改原食谱。</translation>
    </message>
    <message>
        <source>This worker&apos;s morning check for that day is already recorded; edit it instead.</source>
        <translation>该员工当天的晨检已经登记，请修改原记录。</translation>
    </message>
    <message>
        <source>A supplier of this name already exists; edit that record instead.</source>
        <translation>已有同名供应商，请修改原记录。</translation>
    </message>
    <message>
        <source>Another semester is already the current one; make this one current with &quot;houqin semester current NAME&quot; or the work plan&apos;s &quot;make current&quot; action.</source>
        <translation>已有另一个学期是当前学期；请用“houqin semester current 学期名”或工作计划里的“设为当前学期”把本学期设为当前学期。</translation>
    </message>
    <message>
        <source>A semester of this name already exists.</source>
        <translation>已有同名学期。</translation>
    </message>
    <message>
        <source>This semester still has plan tasks; delete them first.</source>
        <translation>该学期还有计划任务，请先删除这些任务。</translation>
    </message>
    <message>
        <source>This semester does not exist. Create the semester first (&quot;houqin semester new&quot;, or import semesters before plan tasks).</source>
        <translation>该学期不存在。请先新建学期（“houqin semester new”，或先导入学期再导入计划任务）。</translation>
    </message>
    <message>
        <source>This date is already in the calendar; edit that entry instead.</source>
        <translation>这一天已在校历中，请修改原条目。</translation>
    </message>
    <message>
        <source>A class of this name exists already.</source>
        <translation>已有同名班级。</translation>
    </message>
    <message>
        <source>A hygiene zone of this name exists already.</source>
        <translation>已有同名卫生责任区。</translation>
    </message>
    <message>
        <source>This administrator has already recorded this round on this day.</source>
        <extracomment>zh_CN &quot;该行政当天的这一巡已经记录过了。&quot;</extracomment>
        <translation>该行政当天的这一巡已经记录过了。</translation>
    </message>
    <message>
        <source>Another asset already has this code.</source>
        <translation>已有资产使用此编号。</translation>
    </message>
    <message>
        <source>This person already has an appraisal for that month; edit it instead.</source>
        <extracomment>zh_CN &quot;此人本月已有考核记录，请修改原记录。&quot;</extracomment>
        <translation>此人本月已有考核记录，请修改原记录。</translation>
    </message>
    <message>
        <source>This meter already has a reading on this day.</source>
        <extracomment>zh_CN &quot;这块表在这一天已经有读数了。&quot;</extracomment>
        <translation>这块表在这一天已经有读数了。</translation>
    </message>
</context>
<context>
    <name>CopyProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>A quoted cell starts on this row but is never closed (a &quot; is missing).</source>
        <translation>本行有一个以引号开头的单元格没有结束（缺少一个 &quot;）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>This is an Excel 97-2003 workbook (.xls), which Houqin cannot read. Open it in Excel or WPS and save it as .xlsx or as &quot;CSV UTF-8&quot;.</source>
        <translation>这是 Excel 97-2003 工作簿（.xls），后勤系统无法读取。请用 Excel 或 WPS 打开，另存为 .xlsx 或“CSV UTF-8”。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>Deliveries</name>
    <message>
        <source>An incoming delivery needs its supplier.</source>
        <translation>入库验收须填写供应商。</translation>
    </message>
    <message>
        <source>%1 is not in the supplier register: add the supplier with its licence.</source>
        <translation>%1 不在供应商名录中：请登记该供应商及其许可证。</translation>
    </message>
    <message>
        <source>The register has no licence expiry date for %1.</source>
        <translation>供应商名录中没有 %1 的许可证有效期。</translation>
    </message>
    <message>
        <source>The licence of %1 expired on %2: the goods should not be received until it is renewed.</source>
        <translation>%1 的许可证已于 %2 过期：换证前不应收货。</translation>
    </message>
    <message>
        <source>The two signers must be different people: %1 cannot sign twice.</source>
        <translation>两名签字人必须是不同的人：%1 不能签两次。</translation>
    </message>
    <message>
        <source>The supplier&apos;s certificate and the delivery ticket have not been checked (索证索票).</source>
        <translation>尚未查验供应商证照和送货票据（索证索票）。</translation>
    </message>
    <message>
        <source>Past its shelf life (%1) on the day of the delivery: do not accept it.</source>
        <translation>验收当天已过保质期（%1）：不得收货。</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Sunshine Demo Kindergarten</source>
        <translation>阳光示例幼儿园</translation>
    </message>
    <message>
        <source>Binhao campus</source>
        <translation>滨豪园区</translation>
    </message>
    <message>
        <source>Xingang campus</source>
        <translation>新港园区</translation>
    </message>
    <message>
        <source>--years must be between 1 and 30.</source>
        <translation>--years 必须在 1 到 30 之间。</translation>
    </message>
    <message>
        <source>The database already holds %1. Demo data goes only into a database without records; use --db NEW_FILE.</source>
        <translation>数据库中已有“%1”记录。示例数据只能填入没有记录的数据库，请用 --db 新文件。</translation>
    </message>
    <message>
        <source>%1 school year, first term</source>
        <extracomment>A semester&apos;s name: zh_CN &quot;%1学年第一学期&quot;</extracomment>
        <translation>%1学年第一学期</translation>
    </message>
    <message>
        <source>%1 school year, second term</source>
        <extracomment>A semester&apos;s name: zh_CN &quot;%1学年第二学期&quot;</extracomment>
        <translation>%1学年第二学期</translation>
    </message>
</context>
<context>
    <name>Disposals</name>
    <message>
        <source>Asset %1 is listed twice.</source>
        <translation>资产 %1 重复列出。</translation>
    </message>
    <message>
        <source>There is no asset %1 in the register.</source>
        <translation>资产台账中没有资产 %1。</translation>
    </message>
</context>
<context>
    <name>EarlyPickups</name>
    <message>
        <source>A child leaves only with the class teacher&apos;s signature: enter who signed.</source>
        <translation>须经班主任签字幼儿方可离园：请填写签字的老师。</translation>
    </message>
    <message>
        <source>The child left before the pickup was asked for.</source>
        <translation>离园时间早于接园时间。</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Tick to enter a value; leave unticked to keep the field empty.</source>
        <translation>勾选后填写；不勾选则此项留空。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Food samples</source>
        <translation>食品留样</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>餐次</translation>
    </message>
    <message>
        <source>Breakfast</source>
        <translation>早餐</translation>
    </message>
    <message>
        <source>Morning snack</source>
        <translation>早点</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>午餐</translation>
    </message>
    <message>
        <source>Afternoon snack</source>
        <translation>午点</translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation>晚餐</translation>
    </message>
    <message>
        <source>Dish</source>
        <translation>菜品</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Stored at</source>
        <translation>留样时间</translation>
    </message>
    <message>
        <source>Fridge temperature</source>
        <translation>冰箱温度</translation>
    </message>
    <message>
        <source>Sampled by</source>
        <translation>留样人</translation>
    </message>
    <message>
        <source>Disposed at</source>
        <translation>处置时间</translation>
    </message>
    <message>
        <source>Disposed by</source>
        <translation>处置人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>留样中</translation>
    </message>
    <message>
        <source>May be disposed of</source>
        <translation>可处置</translation>
    </message>
    <message>
        <source>Disposed of</source>
        <translation>已处置</translation>
    </message>
    <message>
        <source>Overdue for disposal</source>
        <translation>逾期未处置</translation>
    </message>
    <message>
        <source>Disposal allowed from</source>
        <translation>可处置时间</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Due for disposal</source>
        <translation>到期待处置</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>教职工</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>园长</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>行政</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Childcare worker</source>
        <translation>保育员</translation>
    </message>
    <message>
        <source>Health teacher</source>
        <translation>保健老师</translation>
    </message>
    <message>
        <source>Canteen staff</source>
        <translation>食堂人员</translation>
    </message>
    <message>
        <source>Security guard</source>
        <translation>保安</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Other post</source>
        <translation>其他岗位</translation>
    </message>
    <message>
        <source>Campus</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>digits only, 7 to 20 of them</source>
        <translation>只能是 7 到 20 位数字</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离职</translation>
    </message>
    <message>
        <source>Plan tasks</source>
        <translation>计划任务</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Teaching week</source>
        <translation>教学周</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Team building</source>
        <translation>队伍建设</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>卫生保健</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>已延期</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>关联记录</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Semesters</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Current semester</source>
        <translation>当前学期</translation>
    </message>
    <message>
        <source>Teaching weeks</source>
        <translation>教学周数</translation>
    </message>
    <message>
        <source>Canteen accounts</source>
        <translation>伙食收支</translation>
    </message>
    <message>
        <source>Month (first day)</source>
        <translation>月份（填当月1日）</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>伙食费收入</translation>
    </message>
    <message>
        <source>Staple food</source>
        <translation>主食</translation>
    </message>
    <message>
        <source>Vegetables</source>
        <translation>蔬菜</translation>
    </message>
    <message>
        <source>Meat, eggs and fish</source>
        <translation>肉蛋禽鱼</translation>
    </message>
    <message>
        <source>Dairy and fruit</source>
        <translation>奶类水果</translation>
    </message>
    <message>
        <source>Oil and seasoning</source>
        <translation>油料调味</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>燃料</translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation>其他支出</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>公示日期</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>支出合计</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>结余</translation>
    </message>
    <message>
        <source>Balance of income</source>
        <translation>结余率</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>未公示</translation>
    </message>
    <message>
        <source>Last month&apos;s account, published</source>
        <translation>上月收支已公示</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>No expiry date on file</source>
        <translation>未登记有效期</translation>
    </message>
    <message>
        <source>Health certificates</source>
        <translation>健康证</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证件编号</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发证机构</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已换新证</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效状态</translation>
    </message>
    <message>
        <source>Days to expiry</source>
        <translation>距到期天数</translation>
    </message>
    <message>
        <source>Current certificates</source>
        <translation>现行证件</translation>
    </message>
    <message>
        <source>Kitchen hygiene checks</source>
        <translation>食堂卫生检查</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>操作间</translation>
    </message>
    <message>
        <source>Serving room</source>
        <translation>备餐间</translation>
    </message>
    <message>
        <source>Storeroom</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Tableware disinfection</source>
        <translation>餐具消毒</translation>
    </message>
    <message>
        <source>Sample fridge</source>
        <translation>留样冰箱</translation>
    </message>
    <message>
        <source>Changing room</source>
        <translation>更衣室</translation>
    </message>
    <message>
        <source>Surfaces clean</source>
        <translation>台面灶面清洁</translation>
    </message>
    <message>
        <source>Raw and cooked kept apart</source>
        <translation>生熟分开</translation>
    </message>
    <message>
        <source>Disinfection records complete</source>
        <translation>消毒记录齐全</translation>
    </message>
    <message>
        <source>Pest control in place</source>
        <translation>防鼠防蝇措施到位</translation>
    </message>
    <message>
        <source>Waste bins covered</source>
        <translation>垃圾桶加盖</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Problems written down</source>
        <translation>有问题记录</translation>
    </message>
    <message>
        <source>Meal accompaniments</source>
        <translation>陪餐记录</translation>
    </message>
    <message>
        <source>Accompanied by</source>
        <translation>陪餐人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Administrator on duty</source>
        <translation>值班行政</translation>
    </message>
    <message>
        <source>Grade leader</source>
        <translation>级组长</translation>
    </message>
    <message>
        <source>Taste</source>
        <translation>口味</translation>
    </message>
    <message>
        <source>Portion</source>
        <translation>分量</translation>
    </message>
    <message>
        <source>Food temperature</source>
        <translation>饭菜温度</translation>
    </message>
    <message>
        <source>Hygiene</source>
        <translation>卫生</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进措施</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Problems without follow-up</source>
        <translation>问题未跟进</translation>
    </message>
    <message>
        <source>Meal committee meetings</source>
        <translation>膳委会会议</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决议事项</translation>
    </message>
    <message>
        <source>Meal committee visits</source>
        <translation>膳委会家长来园</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>来园日期</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>家长</translation>
    </message>
    <message>
        <source>Child&apos;s class</source>
        <translation>幼儿班级</translation>
    </message>
    <message>
        <source>Booked on</source>
        <translation>预约日期</translation>
    </message>
    <message>
        <source>Inspects the food</source>
        <translation>验菜</translation>
    </message>
    <message>
        <source>Eats with the children</source>
        <translation>陪餐</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>家长反馈</translation>
    </message>
    <message>
        <source>Kindergarten&apos;s response</source>
        <translation>园方回应</translation>
    </message>
    <message>
        <source>Booked, still to come</source>
        <translation>已预约，待来园</translation>
    </message>
    <message>
        <source>Visited, feedback not recorded</source>
        <translation>已来园，反馈未登记</translation>
    </message>
    <message>
        <source>Morning checks</source>
        <translation>晨检</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation>腹泻</translation>
    </message>
    <message>
        <source>Skin wound or infection</source>
        <translation>皮肤伤口或感染</translation>
    </message>
    <message>
        <source>Sore throat</source>
        <translation>咽喉痛</translation>
    </message>
    <message>
        <source>Nails short and unpainted</source>
        <translation>指甲短且未涂指甲油</translation>
    </message>
    <message>
        <source>No rings</source>
        <translation>未戴戒指</translation>
    </message>
    <message>
        <source>Clean uniform and cap</source>
        <translation>工作衣帽整洁</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>复核人</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>晨检结论</translation>
    </message>
    <message>
        <source>Fit for duty</source>
        <translation>可以上岗</translation>
    </message>
    <message>
        <source>Not fit for duty</source>
        <translation>不宜上岗</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>发热</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Pesticide residue tests</source>
        <translation>农药残留检测</translation>
    </message>
    <message>
        <source>Sample (vegetable)</source>
        <translation>样品（蔬菜）</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Inhibition rate</source>
        <translation>抑制率</translation>
    </message>
    <message>
        <source>Tester</source>
        <translation>检测人</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处置</translation>
    </message>
    <message>
        <source>Withheld, not used</source>
        <translation>暂扣不用</translation>
    </message>
    <message>
        <source>Retested</source>
        <translation>复检</translation>
    </message>
    <message>
        <source>Sent to a lab</source>
        <translation>送检</translation>
    </message>
    <message>
        <source>Returned to the supplier</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Retest inhibition rate</source>
        <translation>复检抑制率</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <source>Retest result</source>
        <translation>复检结果</translation>
    </message>
    <message>
        <source>Positive (fail)</source>
        <translation>阳性（不合格）</translation>
    </message>
    <message>
        <source>Positive, not yet handled</source>
        <translation>不合格未处置</translation>
    </message>
    <message>
        <source>Start of Spring</source>
        <translation>立春</translation>
    </message>
    <message>
        <source>Rain Water</source>
        <translation>雨水</translation>
    </message>
    <message>
        <source>Awakening of Insects</source>
        <translation>惊蛰</translation>
    </message>
    <message>
        <source>Spring Equinox</source>
        <translation>春分</translation>
    </message>
    <message>
        <source>Clear and Bright</source>
        <translation>清明</translation>
    </message>
    <message>
        <source>Grain Rain</source>
        <translation>谷雨</translation>
    </message>
    <message>
        <source>Start of Summer</source>
        <translation>立夏</translation>
    </message>
    <message>
        <source>Grain Buds</source>
        <translation>小满</translation>
    </message>
    <message>
        <source>Grain in Ear</source>
        <translation>芒种</translation>
    </message>
    <message>
        <source>Summer Solstice</source>
        <translation>夏至</translation>
    </message>
    <message>
        <source>Minor Heat</source>
        <translation>小暑</translation>
    </message>
    <message>
        <source>Major Heat</source>
        <translation>大暑</translation>
    </message>
    <message>
        <source>Start of Autumn</source>
        <translation>立秋</translation>
    </message>
    <message>
        <source>End of Heat</source>
        <translation>处暑</translation>
    </message>
    <message>
        <source>White Dew</source>
        <translation>白露</translation>
    </message>
    <message>
        <source>Autumn Equinox</source>
        <translation>秋分</translation>
    </message>
    <message>
        <source>Cold Dew</source>
        <translation>寒露</translation>
    </message>
    <message>
        <source>Frost&apos;s Descent</source>
        <translation>霜降</translation>
    </message>
    <message>
        <source>Start of Winter</source>
        <translation>立冬</translation>
    </message>
    <message>
        <source>Minor Snow</source>
        <translation>小雪</translation>
    </message>
    <message>
        <source>Major Snow</source>
        <translation>大雪</translation>
    </message>
    <message>
        <source>Winter Solstice</source>
        <translation>冬至</translation>
    </message>
    <message>
        <source>Minor Cold</source>
        <translation>小寒</translation>
    </message>
    <message>
        <source>Major Cold</source>
        <translation>大寒</translation>
    </message>
    <message>
        <source>Solar-term dishes</source>
        <translation>节气美食</translation>
    </message>
    <message>
        <source>Solar term</source>
        <translation>节气</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>介绍</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Supplier name</source>
        <translation>供应商名称</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>许可证号</translation>
    </message>
    <message>
        <source>Licence expiry</source>
        <translation>许可证有效期至</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation>供应品种</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>合作中</translation>
    </message>
    <message>
        <source>Licence status</source>
        <translation>证照状态</translation>
    </message>
    <message>
        <source>Licence expiring soon</source>
        <translation>证照即将到期</translation>
    </message>
    <message>
        <source>Licence expired</source>
        <translation>证照已过期</translation>
    </message>
    <message>
        <source>Week number</source>
        <translation>周次</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Use by</source>
        <translation>保质期至</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>出入库验收</translation>
    </message>
    <message>
        <source>In or out</source>
        <translation>出入库</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出库</translation>
    </message>
    <message>
        <source>Certificate and ticket checked</source>
        <translation>已索证索票</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>验收人</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计金额</translation>
    </message>
    <message>
        <source>Documents not checked</source>
        <translation>未索证索票</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Dishes</source>
        <translation>菜品</translation>
    </message>
    <message>
        <source>Weekly menus</source>
        <translation>每周食谱</translation>
    </message>
    <message>
        <source>Week of (Monday)</source>
        <translation>周次（周一日期）</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>公示情况</translation>
    </message>
    <message>
        <source>Published on time</source>
        <translation>按时公示</translation>
    </message>
    <message>
        <source>Published late</source>
        <translation>逾期公示</translation>
    </message>
    <message>
        <source>Meals planned</source>
        <translation>餐次数</translation>
    </message>
    <message>
        <source>This week, published</source>
        <translation>本周已公示</translation>
    </message>
    <message>
        <source>Next week, published</source>
        <translation>下周已公示</translation>
    </message>
    <message>
        <source>A meal today without samples</source>
        <translation>今日有餐次未留样</translation>
    </message>
    <message>
        <source>Canteen staff without today&apos;s morning check</source>
        <translation>今日未晨检的食堂人员</translation>
    </message>
    <message>
        <source>Canteen staff without a valid health certificate</source>
        <translation>无有效健康证的食堂人员</translation>
    </message>
    <message>
        <source>Dishes by day and meal</source>
        <translation>每日各餐菜品</translation>
    </message>
    <message>
        <source>Items delivered</source>
        <translation>验收物品</translation>
    </message>
    <message>
        <source>Unfit, no measure recorded</source>
        <translation>不宜上岗，未记录处理措施</translation>
    </message>
    <message>
        <source>Holidays and make-up days</source>
        <translation>节假日与调休</translation>
    </message>
    <message>
        <source>Day type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation>节日名称</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Not tracked</source>
        <translation>不跟踪</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>检查表项目</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Safety inspection</source>
        <translation>安全检查</translation>
    </message>
    <message>
        <source>Closing check</source>
        <translation>放学后检查</translation>
    </message>
    <message>
        <source>Hygiene check</source>
        <translation>卫生检查</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Hazard no.</source>
        <translation>隐患编号</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>With failed items</source>
        <translation>有不合格项</translation>
    </message>
    <message>
        <source>Closing checks</source>
        <translation>放学后检查</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Safety education</source>
        <translation>安全教育</translation>
    </message>
    <message>
        <source>Month&apos;s theme</source>
        <translation>本月主题</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>教学活动</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>讲座谈话</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Letter to parents</source>
        <translation>致家长的一封信</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>幼儿人数</translation>
    </message>
    <message>
        <source>No safety education this month</source>
        <translation>本月未开展安全教育</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>来访时间</translation>
    </message>
    <message>
        <source>digits, spaces, + and -</source>
        <translation>数字、空格、+ 和 -</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>18 characters: 17 digits, then a digit or X</source>
        <translation>18 位：17 位数字，最后一位为数字或 X</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Received by (leader)</source>
        <translation>接待领导</translation>
    </message>
    <message>
        <source>Checks done</source>
        <translation>查验项目</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>离园时间</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>门卫</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>入园</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>准予入园</translation>
    </message>
    <message>
        <source>Not admitted</source>
        <translation>不予入园</translation>
    </message>
    <message>
        <source>Not signed out</source>
        <translation>未登记离园</translation>
    </message>
    <message>
        <source>Not admitted (fever)</source>
        <translation>不予入园（发热）</translation>
    </message>
    <message>
        <source>Early pickups</source>
        <translation>中途接园</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>幼儿</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>接园人</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Class teacher (signature)</source>
        <translation>班主任签字</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签字时间</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>离园时间</translation>
    </message>
    <message>
        <source>Guard logs</source>
        <translation>门卫交接与巡视</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Day shift</source>
        <translation>白班</translation>
    </message>
    <message>
        <source>Night shift</source>
        <translation>夜班</translation>
    </message>
    <message>
        <source>Patrol times</source>
        <translation>巡视时间</translation>
    </message>
    <message>
        <source>Handover notes</source>
        <translation>交接事项</translation>
    </message>
    <message>
        <source>Anything unusual</source>
        <translation>异常情况</translation>
    </message>
    <message>
        <source>Something unusual</source>
        <translation>有异常情况</translation>
    </message>
    <message>
        <source>Greenery care</source>
        <translation>绿化养护</translation>
    </message>
    <message>
        <source>Weeding</source>
        <translation>拔草</translation>
    </message>
    <message>
        <source>Pruning</source>
        <translation>修枝</translation>
    </message>
    <message>
        <source>Spraying</source>
        <translation>洒药</translation>
    </message>
    <message>
        <source>Watering</source>
        <translation>浇水</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>指派整改</translation>
    </message>
    <message>
        <source>Rectified: ask for verification</source>
        <translation>已整改，申请验收</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Verify and close</source>
        <translation>验收并关闭</translation>
    </message>
    <message>
        <source>Hazards and rectification</source>
        <translation>隐患排查整改</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Facilities and equipment</source>
        <translation>设施设备</translation>
    </message>
    <message>
        <source>Fire safety</source>
        <translation>消防</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>用电</translation>
    </message>
    <message>
        <source>Food safety</source>
        <translation>食品安全</translation>
    </message>
    <message>
        <source>Traffic and gate</source>
        <translation>交通与门卫</translation>
    </message>
    <message>
        <source>Hazard found</source>
        <translation>隐患描述</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>较大</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>To assign</source>
        <translation>待指派</translation>
    </message>
    <message>
        <source>Being rectified</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>待验收</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>验收人</translation>
    </message>
    <message>
        <source>Source record</source>
        <translation>来源记录</translation>
    </message>
    <message>
        <source>Hygiene zones</source>
        <translation>卫生责任区</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>责任区</translation>
    </message>
    <message>
        <source>Person responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>范围说明</translation>
    </message>
    <message>
        <source>Hygiene checks</source>
        <translation>卫生检查</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Safety inspections</source>
        <translation>安全检查</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Before-term inspection</source>
        <translation>开学前大检查</translation>
    </message>
    <message>
        <source>Routine inspection</source>
        <translation>常态检查</translation>
    </message>
    <message>
        <source>End-of-term inspection</source>
        <translation>期末大检查</translation>
    </message>
    <message>
        <source>Safety magnifier</source>
        <translation>安全放大镜</translation>
    </message>
    <message>
        <source>Special inspection</source>
        <translation>专项检查</translation>
    </message>
    <message>
        <source>Month&apos;s focus area</source>
        <translation>本月重点</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Responsibility agreements</source>
        <translation>安全责任书</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>责任书</translation>
    </message>
    <message>
        <source>Safety responsibility agreement</source>
        <translation>安全责任书</translation>
    </message>
    <message>
        <source>Post responsibility agreement</source>
        <translation>岗位责任书</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Emergency plans</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>消防</translation>
    </message>
    <message>
        <source>Earthquake</source>
        <translation>地震</translation>
    </message>
    <message>
        <source>Abduction</source>
        <translation>防拐骗</translation>
    </message>
    <message>
        <source>Food poisoning</source>
        <translation>食物中毒</translation>
    </message>
    <message>
        <source>Infectious disease</source>
        <translation>传染病</translation>
    </message>
    <message>
        <source>Severe weather</source>
        <translation>防汛防台</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>最近修订</translation>
    </message>
    <message>
        <source>Emergency drills</source>
        <translation>应急演练</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Evacuation time</source>
        <translation>疏散用时</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Duty rosters</source>
        <translation>值班安排</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>值班类别</translation>
    </message>
    <message>
        <source>Leader on duty</source>
        <translation>领导带班</translation>
    </message>
    <message>
        <source>24-hour duty</source>
        <translation>24小时值班</translation>
    </message>
    <message>
        <source>Winter holiday duty</source>
        <translation>寒假值班</translation>
    </message>
    <message>
        <source>Without this semester&apos;s responsibility agreement</source>
        <translation>本学期未签责任书</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Closed (verified)</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Monthly reviews</source>
        <translation>月度小结</translation>
    </message>
    <message>
        <source>a month as year-month, e.g. 2026-11</source>
        <translation>年-月，例如 2026-11</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>小结</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>小结人</translation>
    </message>
    <message>
        <source>Mentor pairs</source>
        <translation>师徒结对</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>师傅</translation>
    </message>
    <message>
        <source>Apprentice</source>
        <translation>徒弟</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Without this month&apos;s review</source>
        <translation>本月未小结</translation>
    </message>
    <message>
        <source>Skills competitions</source>
        <translation>技能竞赛</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>评优评先</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>获奖人</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>巡查发现</translation>
    </message>
    <message>
        <source>Problem or merit</source>
        <translation>问题/优点</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Merit</source>
        <translation>优点</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>发现情况</translation>
    </message>
    <message>
        <source>Daily walk-throughs</source>
        <translation>一日三巡</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>巡次</translation>
    </message>
    <message>
        <source>First round</source>
        <translation>第一巡</translation>
    </message>
    <message>
        <source>Second round</source>
        <translation>第二巡</translation>
    </message>
    <message>
        <source>Third round</source>
        <translation>第三巡</translation>
    </message>
    <message>
        <source>Areas walked through</source>
        <translation>巡查区域</translation>
    </message>
    <message>
        <source>Discussed with / follow-up</source>
        <translation>交流与跟进</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>Problems not yet registered as hazards</source>
        <translation>问题未登记隐患</translation>
    </message>
    <message>
        <source>Administrators without today&apos;s first round</source>
        <translation>今日未做第一巡的行政</translation>
    </message>
    <message>
        <source>Administrators without today&apos;s second round</source>
        <translation>今日未做第二巡的行政</translation>
    </message>
    <message>
        <source>Administrators without today&apos;s third round</source>
        <translation>今日未做第三巡的行政</translation>
    </message>
    <message>
        <source>Not written off</source>
        <translation>未报废</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>闲置</translation>
    </message>
    <message>
        <source>Under repair</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Lent out</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Fixed assets</source>
        <translation>固定资产</translation>
    </message>
    <message>
        <source>Low-value consumables</source>
        <translation>低值易耗品</translation>
    </message>
    <message>
        <source>Asset register</source>
        <translation>资产台账</translation>
    </message>
    <message>
        <source>Asset code</source>
        <translation>资产编号</translation>
    </message>
    <message>
        <source>a code without spaces</source>
        <translation>不含空格的编号</translation>
    </message>
    <message>
        <source>Asset name</source>
        <translation>资产名称</translation>
    </message>
    <message>
        <source>Asset category</source>
        <translation>资产分类</translation>
    </message>
    <message>
        <source>General equipment</source>
        <translation>通用设备</translation>
    </message>
    <message>
        <source>Special equipment</source>
        <translation>专用设备</translation>
    </message>
    <message>
        <source>Furniture and fittings</source>
        <translation>家具用具</translation>
    </message>
    <message>
        <source>Teaching aids and toys</source>
        <translation>教玩具</translation>
    </message>
    <message>
        <source>Books and archives</source>
        <translation>图书档案</translation>
    </message>
    <message>
        <source>Buildings and structures</source>
        <translation>房屋及构筑物</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <source>Unit of count</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>Acquired on</source>
        <translation>取得日期</translation>
    </message>
    <message>
        <source>Acquired by</source>
        <translation>取得方式</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购置</translation>
    </message>
    <message>
        <source>Donation</source>
        <translation>捐赠</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>调入</translation>
    </message>
    <message>
        <source>Self-made</source>
        <translation>自制</translation>
    </message>
    <message>
        <source>Location (room)</source>
        <translation>存放地点</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>保管人</translation>
    </message>
    <message>
        <source>Asset status</source>
        <translation>使用状态</translation>
    </message>
    <message>
        <source>Asset class</source>
        <translation>资产类别</translation>
    </message>
    <message>
        <source>Fixed asset</source>
        <translation>固定资产</translation>
    </message>
    <message>
        <source>Low-value consumable</source>
        <translation>低值易耗品</translation>
    </message>
    <message>
        <source>Assets disposed of</source>
        <translation>报废资产</translation>
    </message>
    <message>
        <source>Disposals</source>
        <translation>资产报废</translation>
    </message>
    <message>
        <source>Disposed on</source>
        <translation>报废日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation>报损销毁</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>出售</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>调出</translation>
    </message>
    <message>
        <source>Donated</source>
        <translation>对外捐赠</translation>
    </message>
    <message>
        <source>Recycled</source>
        <translation>回收</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Approval document</source>
        <translation>审批文号</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Loans and returns</source>
        <translation>出借与归还</translation>
    </message>
    <message>
        <source>Item lent</source>
        <translation>出借物品</translation>
    </message>
    <message>
        <source>Borrower is</source>
        <translation>借用方</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>A class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借用人（班级）</translation>
    </message>
    <message>
        <source>Lent on</source>
        <translation>借出日期</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>归还日期</translation>
    </message>
    <message>
        <source>Condition on return</source>
        <translation>归还情况</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Parts missing</source>
        <translation>缺件</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>Loan status</source>
        <translation>借还状态</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>借出中</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <source>Overdue, not returned</source>
        <translation>逾期未还</translation>
    </message>
    <message>
        <source>Returned late</source>
        <translation>逾期归还</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>未归还</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Repaired: report completion</source>
        <translation>维修完成</translation>
    </message>
    <message>
        <source>Accept the repair</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>Repair requests</source>
        <translation>维修申报单</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>报修日期</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报修人</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Can wait</source>
        <translation>可缓</translation>
    </message>
    <message>
        <source>To dispatch</source>
        <translation>待派工</translation>
    </message>
    <message>
        <source>Being repaired</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>Repaired by</source>
        <translation>维修方式</translation>
    </message>
    <message>
        <source>Maintenance staff</source>
        <translation>后勤派工</translation>
    </message>
    <message>
        <source>Self-repair</source>
        <translation>自行维修</translation>
    </message>
    <message>
        <source>Outside contractor</source>
        <translation>外请维修</translation>
    </message>
    <message>
        <source>Repairer</source>
        <translation>维修人</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Repair cost</source>
        <translation>维修费用</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>维修内容</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>验收人</translation>
    </message>
    <message>
        <source>Not yet repaired</source>
        <translation>未修好</translation>
    </message>
    <message>
        <source>Appraisal items</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <source>Appraisal item</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <source>Monthly appraisals</source>
        <translation>月考核</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Unsatisfactory</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Passed the exam</source>
        <translation>及格</translation>
    </message>
    <message>
        <source>Failed the exam</source>
        <translation>不及格</translation>
    </message>
    <message>
        <source>Did not sit</source>
        <translation>缺考</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>应知应会考试</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>考试内容</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>及格分</translation>
    </message>
    <message>
        <source>Number passed</source>
        <translation>及格人数</translation>
    </message>
    <message>
        <source>Number failed</source>
        <translation>不及格人数</translation>
    </message>
    <message>
        <source>With people who did not sit</source>
        <translation>有缺考</translation>
    </message>
    <message>
        <source>Kitchen helper</source>
        <translation>帮厨</translation>
    </message>
    <message>
        <source>Cleaner</source>
        <translation>保洁</translation>
    </message>
    <message>
        <source>Head of logistics</source>
        <translation>后勤主任</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>文员</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Without this month&apos;s appraisal</source>
        <translation>本月未考核</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Study and training sessions</source>
        <translation>业务学习与技能培训</translation>
    </message>
    <message>
        <source>Session kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Theory study</source>
        <translation>理论学习</translation>
    </message>
    <message>
        <source>Skills training</source>
        <translation>技能培训</translation>
    </message>
    <message>
        <source>Canteen theory study</source>
        <translation>食堂理论学习</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>学习内容</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>主讲人</translation>
    </message>
    <message>
        <source>Number present</source>
        <translation>出席人数</translation>
    </message>
    <message>
        <source>Exam result</source>
        <translation>考试结果</translation>
    </message>
    <message>
        <source>Active pairs</source>
        <translation>进行中的结对</translation>
    </message>
    <message>
        <source>Placing or prize</source>
        <translation>名次/成绩</translation>
    </message>
    <message>
        <source>Urgent, not dispatched in time</source>
        <extracomment>zh_CN &quot;紧急且逾期未派工&quot;</extracomment>
        <translation>紧急且逾期未派工</translation>
    </message>
    <message>
        <source>Not repaired in time</source>
        <extracomment>zh_CN &quot;逾期未修好&quot;</extracomment>
        <translation>逾期未修好</translation>
    </message>
    <message>
        <source>Study sessions within the study interval</source>
        <extracomment>zh_CN &quot;学习间隔期内的业务学习&quot;</extracomment>
        <translation>学习间隔期内的业务学习</translation>
    </message>
    <message>
        <source>Approve the purchase</source>
        <translation>审批通过</translation>
    </message>
    <message>
        <source>Reject the purchase</source>
        <translation>驳回申购</translation>
    </message>
    <message>
        <source>Sign the acceptance</source>
        <translation>验收签名</translation>
    </message>
    <message>
        <source>Put in stock</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Items to buy</source>
        <translation>申购物品</translation>
    </message>
    <message>
        <source>Estimated unit price</source>
        <translation>预估单价</translation>
    </message>
    <message>
        <source>Goes to campus</source>
        <translation>使用园区</translation>
    </message>
    <message>
        <source>Purchase requests</source>
        <translation>申购</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Reason for buying</source>
        <translation>申购理由</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Approved for purchase</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>已入库</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>审批日期</translation>
    </message>
    <message>
        <source>Second signer</source>
        <translation>第二验收人</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <source>Put in stock by</source>
        <translation>入库经办人</translation>
    </message>
    <message>
        <source>Put in stock on</source>
        <translation>入库日期</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>预算金额</translation>
    </message>
    <message>
        <source>Items issued</source>
        <translation>发放物品</translation>
    </message>
    <message>
        <source>Supplies issued</source>
        <translation>申领发放</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>领用对象</translation>
    </message>
    <message>
        <source>Class or person</source>
        <translation>领用班级或个人</translation>
    </message>
    <message>
        <source>Supplies for</source>
        <translation>用品类别</translation>
    </message>
    <message>
        <source>Teaching supplies</source>
        <translation>教学用品</translation>
    </message>
    <message>
        <source>Daily-care supplies</source>
        <translation>生活用品</translation>
    </message>
    <message>
        <source>Office supplies</source>
        <translation>办公用品</translation>
    </message>
    <message>
        <source>Cleaning supplies</source>
        <translation>清洁卫生用品</translation>
    </message>
    <message>
        <source>Storekeeper</source>
        <translation>发放人</translation>
    </message>
    <message>
        <source>Signed for by</source>
        <translation>领用人签收</translation>
    </message>
    <message>
        <source>Codes counted</source>
        <translation>清点明细</translation>
    </message>
    <message>
        <source>Scanned at</source>
        <translation>扫码时间</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>清点地点</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>相符</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>盘亏</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>盘盈</translation>
    </message>
    <message>
        <source>Extra because</source>
        <translation>盘盈原因</translation>
    </message>
    <message>
        <source>Registered elsewhere</source>
        <translation>位置不符</translation>
    </message>
    <message>
        <source>Not in the register</source>
        <translation>账外</translation>
    </message>
    <message>
        <source>Registered campus</source>
        <translation>在册园区</translation>
    </message>
    <message>
        <source>Registered location</source>
        <translation>在册位置</translation>
    </message>
    <message>
        <source>Register corrected on</source>
        <translation>台账更正日期</translation>
    </message>
    <message>
        <source>Stocktakes</source>
        <translation>资产清点记录</translation>
    </message>
    <message>
        <source>Counted on</source>
        <translation>清点日期</translation>
    </message>
    <message>
        <source>Rooms counted</source>
        <translation>清点房间</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>清点人</translation>
    </message>
    <message>
        <source>All stocktakes</source>
        <translation>全部清点</translation>
    </message>
    <message>
        <source>Failed items not yet handled</source>
        <extracomment>zh_CN &quot;不合格项尚未处理（未报修、未登记隐患）&quot;</extracomment>
        <translation>不合格项尚未处理（未报修、未登记隐患）</translation>
    </message>
    <message>
        <source>Facility checks</source>
        <extracomment>zh_CN &quot;设施设备检查&quot;</extracomment>
        <translation>设施设备检查</translation>
    </message>
    <message>
        <source>Check level</source>
        <extracomment>zh_CN &quot;检查级别&quot;</extracomment>
        <translation>检查级别</translation>
    </message>
    <message>
        <source>Daily small check</source>
        <extracomment>zh_CN &quot;日检（每天一小检）&quot;</extracomment>
        <translation>日检（每天一小检）</translation>
    </message>
    <message>
        <source>Weekly big check</source>
        <extracomment>zh_CN &quot;周检（每周一大检）&quot;</extracomment>
        <translation>周检（每周一大检）</translation>
    </message>
    <message>
        <source>Monthly full check</source>
        <extracomment>zh_CN &quot;月检（每月全面检修）&quot;</extracomment>
        <translation>月检（每月全面检修）</translation>
    </message>
    <message>
        <source>Area checked</source>
        <extracomment>zh_CN &quot;检查范围&quot;</extracomment>
        <translation>检查范围</translation>
    </message>
    <message>
        <source>Outdoor equipment protected from frost</source>
        <extracomment>zh_CN &quot;户外大型器械已做冬季防冻保护&quot;</extracomment>
        <translation>户外大型器械已做冬季防冻保护</translation>
    </message>
    <message>
        <source>Frost protection done</source>
        <extracomment>zh_CN &quot;已做防冻保护&quot;</extracomment>
        <translation>已做防冻保护</translation>
    </message>
    <message>
        <source>Utility meter readings</source>
        <extracomment>zh_CN &quot;水电抄表&quot;</extracomment>
        <translation>水电抄表</translation>
    </message>
    <message>
        <source>Meter</source>
        <extracomment>zh_CN &quot;表名&quot;</extracomment>
        <translation>表名</translation>
    </message>
    <message>
        <source>Meter type</source>
        <extracomment>zh_CN &quot;类别&quot;</extracomment>
        <translation>类别</translation>
    </message>
    <message>
        <source>Water (m³)</source>
        <extracomment>zh_CN &quot;水（立方米）&quot;</extracomment>
        <translation>水（立方米）</translation>
    </message>
    <message>
        <source>Electricity (kWh)</source>
        <extracomment>zh_CN &quot;电（千瓦时）&quot;</extracomment>
        <translation>电（千瓦时）</translation>
    </message>
    <message>
        <source>Reading</source>
        <extracomment>zh_CN &quot;读数&quot;</extracomment>
        <translation>读数</translation>
    </message>
    <message>
        <source>Meter replaced or reset</source>
        <extracomment>zh_CN &quot;换表/归零&quot;</extracomment>
        <translation>换表/归零</translation>
    </message>
    <message>
        <source>Read by</source>
        <extracomment>zh_CN &quot;抄表人&quot;</extracomment>
        <translation>抄表人</translation>
    </message>
    <message>
        <source>Use since last reading</source>
        <extracomment>zh_CN &quot;用量&quot;</extracomment>
        <translation>用量</translation>
    </message>
    <message>
        <source>Facility check, daily</source>
        <extracomment>zh_CN &quot;设施设备日检&quot;</extracomment>
        <translation>设施设备日检</translation>
    </message>
    <message>
        <source>Facility check, weekly</source>
        <extracomment>zh_CN &quot;设施设备周检&quot;</extracomment>
        <translation>设施设备周检</translation>
    </message>
    <message>
        <source>Facility check, monthly</source>
        <extracomment>zh_CN &quot;设施设备月检&quot;</extracomment>
        <translation>设施设备月检</translation>
    </message>
    <message>
        <source>Repair no.</source>
        <extracomment>zh_CN &quot;报修单号&quot;</extracomment>
        <translation>报修单号</translation>
    </message>
    <message>
        <source>Count result</source>
        <translation>清点结果</translation>
    </message>
</context>
<context>
    <name>FoodSampleExtension</name>
    <message>
        <source>Save and next dish</source>
        <translation>保存并录入下一道菜</translation>
    </message>
    <message>
        <source>Saves this dish and starts the next one of the same meal (%1)</source>
        <translation>保存这道菜并开始录入同一餐次的下一道菜（%1）</translation>
    </message>
    <message>
        <source>Dispose of due samples…</source>
        <translation>处置到期留样…</translation>
    </message>
    <message>
        <source>Marks every due sample of one meal as disposed of, in one step</source>
        <translation>一步将某一餐次所有到期的留样标记为已处置</translation>
    </message>
    <message>
        <source>%1 samples marked as disposed of.</source>
        <translation>已将 %1 份留样标记为已处置。</translation>
    </message>
    <message>
        <source>Could not check the samples</source>
        <translation>无法检查留样</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Meals without samples</source>
        <translation>未留样的餐次</translation>
    </message>
    <message>
        <source>Every meal on the menus of the last two weeks (%1 to %2) has samples.</source>
        <translation>近两周（%1 至 %2）食谱中的每一餐次都已留样。</translation>
    </message>
    <message>
        <source>These meals are on the menu but have no sample:</source>
        <translation>以下餐次在食谱中，但没有留样：</translation>
    </message>
    <message>
        <source>Check against the menu…</source>
        <translation>对照食谱检查…</translation>
    </message>
    <message>
        <source>Lists the meals of the last two weeks that are on the menu but have no sample</source>
        <translation>列出近两周食谱中有、但没有留样的餐次</translation>
    </message>
</context>
<context>
    <name>FoodSamples</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Each dish needs at least %1 g; this sample weighs %2 g.</source>
        <translation>每道菜留样不少于 %1 克；本份留样只有 %2 克。</translation>
    </message>
    <message>
        <source>The fridge is at %1 °C, outside the %2–%3 °C range. Check the fridge.</source>
        <translation>留样冰箱温度 %1 °C，超出 %2–%3 °C 的范围，请检查冰箱。</translation>
    </message>
    <message>
        <source>The sample was stored on another day than the meal&apos;s date.</source>
        <translation>留样时间与餐次日期不是同一天。</translation>
    </message>
    <message>
        <source>Enter who disposed of the sample.</source>
        <translation>请填写处置人。</translation>
    </message>
    <message>
        <source>Enter when the sample was disposed of.</source>
        <translation>请填写处置时间。</translation>
    </message>
    <message>
        <source>The disposal time is before the time the sample was stored.</source>
        <translation>处置时间早于留样时间。</translation>
    </message>
    <message>
        <source>The sample must be kept for %1 hours. It may be disposed of from %2.</source>
        <translation>留样须保存满 %1 小时，%2 起方可处置。</translation>
    </message>
    <message>
        <source>The disposal time is in the future.</source>
        <translation>处置时间晚于当前时间。</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>还剩 %1</translation>
    </message>
    <message>
        <source>due %1 ago</source>
        <translation>已到期 %1</translation>
    </message>
    <message>
        <source>The sample cannot be stored before the meal&apos;s date.</source>
        <translation>留样时间不能早于这一餐的日期。</translation>
    </message>
    <message>
        <source>The sample was stored %1 days after the meal&apos;s date; a sample is stored on the meal&apos;s day. Check the date and the time.</source>
        <translation>留样时间比这一餐的日期晚了 %1 天；留样应在当餐当天完成。请核对日期和时间。</translation>
    </message>
</context>
<context>
    <name>Hazards</name>
    <message>
        <source>The deadline is before the day the hazard was found.</source>
        <translation>整改期限早于发现日期。</translation>
    </message>
    <message>
        <source>A hazard being rectified needs an owner.</source>
        <translation>整改中的隐患须有负责人。</translation>
    </message>
    <message>
        <source>A hazard being rectified needs a deadline.</source>
        <translation>整改中的隐患须有整改期限。</translation>
    </message>
    <message>
        <source>A closed hazard names who verified it.</source>
        <translation>已关闭的隐患须写明验收人。</translation>
    </message>
    <message>
        <source>The rectification is verified by someone other than its owner.</source>
        <translation>整改须由负责人以外的人验收。</translation>
    </message>
    <message>
        <source>Write the source as kind/number, e.g. inspections/12#3.</source>
        <translation>来源记录的写法为 类别/编号，例如 inspections/12#3。</translation>
    </message>
</context>
<context>
    <name>HealthCertificates</name>
    <message>
        <source>The expiry date must be after the issue date.</source>
        <translation>有效期至必须晚于发证日期。</translation>
    </message>
    <message>
        <source>The issue date is in the future.</source>
        <translation>发证日期不能晚于今天。</translation>
    </message>
    <message>
        <source>This certificate expired on %1: %2 may not work in the canteen until it is renewed.</source>
        <translation>此健康证已于 %1 过期：%2 换领新证前不得在食堂上岗。</translation>
    </message>
</context>
<context>
    <name>KitchenHygiene</name>
    <message>
        <source>An item is not ticked: describe the problem.</source>
        <translation>有检查项未勾选，请写明发现的问题。</translation>
    </message>
</context>
<context>
    <name>Loans</name>
    <message>
        <source>The due date is before the day the item was lent.</source>
        <translation>应还日期早于借出日期。</translation>
    </message>
    <message>
        <source>The return date is before the day the item was lent.</source>
        <translation>归还日期早于借出日期。</translation>
    </message>
    <message>
        <source>Note the condition on return together with the return date.</source>
        <translation>归还情况与归还日期一并填写。</translation>
    </message>
    <message>
        <source>A returned item needs its condition on return.</source>
        <translation>已归还的物品须填写归还情况。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The file is open read-only.</source>
        <translation>文件以只读方式打开。</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
</context>
<context>
    <name>MealAccompaniments</name>
    <message>
        <source>A low rating: describe the problem that was found.</source>
        <translation>评分较低，请写明发现的问题。</translation>
    </message>
    <message>
        <source>Record the follow-up of the problems found.</source>
        <translation>请填写对所发现问题的跟进措施。</translation>
    </message>
</context>
<context>
    <name>MealCommittee</name>
    <message>
        <source>A visit inspects the food, eats with the children, or both.</source>
        <translation>家长来园须参与验菜或陪餐（或两者都参与）。</translation>
    </message>
    <message>
        <source>The booking date is after the visit.</source>
        <translation>预约日期晚于来园日期。</translation>
    </message>
    <message>
        <source>Feedback is recorded for a visit still to come.</source>
        <translation>来园日期尚未到，却已登记了反馈。</translation>
    </message>
    <message>
        <source>Record the kindergarten&apos;s response to the feedback.</source>
        <translation>请填写园方对家长反馈的回应。</translation>
    </message>
    <message>
        <source>%1 meal committee: parent visit on %2</source>
        <extracomment>Heading of the text pasted into the parents&apos; groups; %1 the kindergarten, %2 the date</extracomment>
        <translation>%1膳委会：%2家长来园验菜陪餐</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>A parent of class %1 inspected the food and ate with the children.</source>
        <translation>%1家长参与了验菜，并与孩子们一起用餐。</translation>
    </message>
    <message>
        <source>A parent of class %1 inspected the food.</source>
        <translation>%1家长参与了验菜。</translation>
    </message>
    <message>
        <source>A parent of class %1 ate with the children.</source>
        <translation>%1家长与孩子们一起用餐。</translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <translation>家长反馈：%1</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>暂未登记</translation>
    </message>
    <message>
        <source>Our response: %1</source>
        <translation>园方回应：%1</translation>
    </message>
    <message>
        <source>Thank you for taking part. Every family is welcome to book a visit.</source>
        <translation>感谢家长的参与！欢迎各位家长预约来园验菜、陪餐。</translation>
    </message>
</context>
<context>
    <name>Mentoring</name>
    <message>
        <source>The apprentice cannot be their own mentor.</source>
        <extracomment>zh_CN &quot;徒弟和师傅不能是同一个人。&quot;</extracomment>
        <translation>徒弟和师傅不能是同一个人。</translation>
    </message>
    <message>
        <source>The end (%1) cannot be before the start (%2).</source>
        <extracomment>zh_CN &quot;结束日期（%1）不能早于开始日期（%2）。&quot;</extracomment>
        <translation>结束日期（%1）不能早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>%1 has a review already.</source>
        <extracomment>zh_CN &quot;%1 的小结已经写过了。&quot;</extracomment>
        <translation>%1 的小结已经写过了。</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>A menu&apos;s week starts on a Monday; %1 is not one (that week&apos;s Monday is %2).</source>
        <translation>食谱的周次从周一开始；%1 不是周一（该周周一为 %2）。</translation>
    </message>
    <message>
        <source>Published after the week it is for had ended.</source>
        <translation>公示日期晚于该周结束。</translation>
    </message>
    <message>
        <source>This day and meal is already on the menu: put all its dishes in one line.</source>
        <translation>这一天的这一餐次已在食谱中：请把菜品写在同一行。</translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>工作计划</translation>
    </message>
    <message>
        <source>Staff and training</source>
        <translation>队伍建设</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Canteen and health</source>
        <translation>食堂与保健</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Month review</source>
        <translation>月度回顾</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>统计图</translation>
    </message>
    <message>
        <source>Appraisal month</source>
        <translation>月考核录入</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>资产清点</translation>
    </message>
    <message>
        <source>Water and electricity</source>
        <extracomment>zh_CN &quot;水电用量&quot;</extracomment>
        <translation>水电用量</translation>
    </message>
</context>
<context>
    <name>MorningChecks</name>
    <message>
        <source>%1 is not fit for duty (%2). Record the action taken.</source>
        <translation>%1 不宜上岗（%2），请填写处理措施。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Someone else should check this worker.</source>
        <translation>晨检应由他人进行，不能自己检查自己。</translation>
    </message>
    <message>
        <source>fever %1 °C</source>
        <translation>发热 %1 °C</translation>
    </message>
    <message>
        <source>diarrhoea</source>
        <translation>腹泻</translation>
    </message>
    <message>
        <source>skin wound or infection</source>
        <translation>皮肤伤口或感染</translation>
    </message>
    <message>
        <source>sore throat</source>
        <translation>咽喉痛</translation>
    </message>
    <message>
        <source>nails not short or painted</source>
        <translation>指甲过长或涂指甲油</translation>
    </message>
    <message>
        <source>wearing a ring</source>
        <translation>佩戴戒指</translation>
    </message>
    <message>
        <source>uniform or cap not clean</source>
        <translation>工作衣帽不整洁</translation>
    </message>
    <message>
        <source>fever</source>
        <translation>发热</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>it is a link to %1, whose folder does not exist</source>
        <translation>它是指向 %1 的链接，而该文件夹不存在</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>it is not open</source>
        <translation>文件未打开</translation>
    </message>
</context>
<context>
    <name>PesticideTests</name>
    <message>
        <source>%1% is at or above the %2% limit: the batch is positive. Record how it was handled (withheld, retested, sent to a lab or returned).</source>
        <translation>抑制率 %1% 已达到或超过 %2% 的限值，该批次不合格。请登记处置情况（暂扣不用、复检、送检或退货）。</translation>
    </message>
    <message>
        <source>The sample passed; it needs no handling.</source>
        <translation>该样品检测合格，无需处置。</translation>
    </message>
    <message>
        <source>Enter the retest&apos;s inhibition rate.</source>
        <translation>请填写复检抑制率。</translation>
    </message>
    <message>
        <source>A retest is part of the handling: choose the handling.</source>
        <translation>复检属于处置，请选择处置方式。</translation>
    </message>
    <message>
        <source>The retest is positive too (%1%): record the final handling (withheld, sent to a lab or returned) and keep the retest rate.</source>
        <translation>复检仍不合格（%1%）：请登记最终处置（暂扣不用、送检或退货），并保留复检抑制率。</translation>
    </message>
    <message>
        <source>Deliveries came in on this day: name the supplier this vegetable came from.</source>
        <translation>当天有进货：请填写该蔬菜的供应商。</translation>
    </message>
</context>
<context>
    <name>PhotoImage</name>
    <message>
        <source>%1 contains no picture.</source>
        <translation>%1 中没有图片。</translation>
    </message>
    <message>
        <source>%1 could not be converted for storing.</source>
        <translation>%1 无法转换保存。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; photos of more than %3 MB are not accepted.</source>
        <translation>%1 有 %2 MB；不接受超过 %3 MB 的照片。</translation>
    </message>
    <message>
        <source>%1 is not a picture (JPEG, PNG and the like) or cannot be read.</source>
        <translation>%1 不是图片（JPEG、PNG 等），或无法读取。</translation>
    </message>
    <message>
        <source>%1 has %2 megapixels; pictures of more than %3 megapixels are not accepted.</source>
        <translation>%1 有 %2 百万像素；不接受超过 %3 百万像素的图片。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
</context>
<context>
    <name>PhotosDialog</name>
    <message>
        <source>Add photos, or drop image files here. They are saved with the record.</source>
        <translation>添加照片，或把图片文件拖到这里。照片随记录一起保存。</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Enter the date the task was done, or change its status.</source>
        <translation>请填写任务的完成日期，或修改任务状态。</translation>
    </message>
    <message>
        <source>The done-on date %1 is in the future.</source>
        <translation>完成日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The task has a done-on date but is not marked done.</source>
        <translation>任务填写了完成日期，但状态不是“已完成”。</translation>
    </message>
    <message>
        <source>%1 runs from %2 to %3, more than a week away from month %4.</source>
        <translation>%1（%2 至 %3）与%4月相隔超过一周。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <extracomment>A problem on one line of the plan template file: zh_CN &quot;第%1行：%2&quot;</extracomment>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <source>the header must be the columns %1, separated by tabs.</source>
        <translation>表头必须是以制表符分隔的这些列：%1。</translation>
    </message>
    <message>
        <source>%1 columns separated by tabs are needed; found %2.</source>
        <translation>需要以制表符分隔的 %1 列，实际为 %2 列。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month from 1 to 12.</source>
        <translation>“%1”不是 1 到 12 之间的月份。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a teaching week (1 to %2, or 开学前).</source>
        <translation>“%1”不是教学周（1 到 %2，或“开学前”）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item number.</source>
        <translation>“%1”不是序号。</translation>
    </message>
    <message>
        <source>the category is missing.</source>
        <translation>缺少类别。</translation>
    </message>
    <message>
        <source>the task is missing.</source>
        <translation>缺少任务内容。</translation>
    </message>
    <message>
        <source>the template holds no header and no tasks.</source>
        <translation>模板中没有表头，也没有任务。</translation>
    </message>
    <message>
        <source>The plan template %1 is missing from this build.</source>
        <translation>本程序中缺少计划模板 %1。</translation>
    </message>
    <message>
        <source>The semester ends (%1) before it starts (%2).</source>
        <translation>学期结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>A semester has at most %1 teaching weeks; %2 to %3 would be %4.</source>
        <translation>一个学期最多 %1 个教学周；%2 至 %3 将有 %4 周。</translation>
    </message>
    <message>
        <source>%1 is after the last week of %2 (week %3).</source>
        <translation>%1 在 %2 的最后一周（第%3周）之后。</translation>
    </message>
    <message>
        <source>A postponed task moves to a week after %1.</source>
        <translation>延期的任务必须移到%1之后的某一周。</translation>
    </message>
    <message>
        <source>There is no semester named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的学期。</translation>
    </message>
    <message>
        <source>A semester named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的学期已经存在。</translation>
    </message>
    <message numerus="yes">
        <source>The semester &quot;%1&quot; still has %n plan task(s); delete or move them first.</source>
        <translation>
            <numerusform>学期“%1”还有 %n 项计划任务，请先删除或移走这些任务。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanExtensions</name>
    <message>
        <source>Mark done…</source>
        <translation>标记完成…</translation>
    </message>
    <message>
        <source>Marked “%1” done.</source>
        <translation>已将“%1”标记为完成。</translation>
    </message>
    <message>
        <source>Postpone…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <source>Postponed “%1”.</source>
        <translation>已将“%1”延期。</translation>
    </message>
    <message>
        <source>New semester with plan…</source>
        <translation>新建学期及计划…</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n plan task(s).</source>
        <translation>
            <numerusform>已新建“%1”，含 %n 项计划任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Make current</source>
        <translation>设为当前学期</translation>
    </message>
    <message>
        <source>The current semester numbers the teaching weeks everywhere in Houqin</source>
        <translation>软件各处的教学周都按当前学期计算</translation>
    </message>
    <message>
        <source>Could not change the current semester</source>
        <translation>无法更改当前学期</translation>
    </message>
    <message>
        <source>%1 is now the current semester.</source>
        <translation>“%1”现在是当前学期。</translation>
    </message>
    <message>
        <source>National holidays…</source>
        <translation>全国节假日…</translation>
    </message>
    <message>
        <source>Offers this year&apos;s public holidays and make-up working days to tick and add</source>
        <translation>列出今年的法定节假日和调休上班日，勾选后添加</translation>
    </message>
    <message numerus="yes">
        <source>Added %n day(s) to the calendar.</source>
        <translation>
            <numerusform>已在校历中添加 %n 天。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTaskOffer</name>
    <message>
        <source>Work plan</source>
        <translation>工作计划</translation>
    </message>
    <message>
        <source>This record does a task of the semester plan:</source>
        <translation>这条记录完成了学期工作计划中的一项任务：</translation>
    </message>
    <message>
        <source>Before term</source>
        <translation>开学前</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>第%1周</translation>
    </message>
    <message>
        <source>%1: %2

Mark the task done, linked to this record?</source>
        <translation>%1：%2

把这项任务标记为已完成，并关联到这条记录？</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Could not mark the task done</source>
        <translation>无法标记任务完成</translation>
    </message>
    <message>
        <source>Plan task marked done: %1</source>
        <translation>已标记计划任务完成：%1</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>M/d</source>
        <extracomment>A short date in week spans; zh_CN &quot;M月d日&quot;</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <extracomment>zh_CN &quot;%1（%2—%3）&quot;</extracomment>
        <translation>%1（%2—%3）</translation>
    </message>
    <message>
        <source>School year %1, first semester</source>
        <extracomment>zh_CN &quot;%1学年第一学期&quot;</extracomment>
        <translation>%1学年第一学期</translation>
    </message>
    <message>
        <source>School year %1, second semester</source>
        <extracomment>zh_CN &quot;%1学年第二学期&quot;</extracomment>
        <translation>%1学年第二学期</translation>
    </message>
    <message>
        <source>Week 1 is already over: track its tasks too (they will show as overdue)</source>
        <translation>第1周已经过去：仍跟踪该周的任务（将显示为逾期）</translation>
    </message>
    <message>
        <source>Weeks 1–%1 are already over: track their tasks too (they will show as overdue)</source>
        <translation>第1–%1周已经过去：仍跟踪这些周的任务（将显示为逾期）</translation>
    </message>
</context>
<context>
    <name>PurchaseRequests</name>
    <message>
        <source>The request is reviewed before it was made.</source>
        <translation>审批日期早于申请日期。</translation>
    </message>
    <message>
        <source>The purchase is accepted before it was approved.</source>
        <translation>验收日期早于审批日期。</translation>
    </message>
    <message>
        <source>The purchase is put in stock before it was accepted.</source>
        <translation>入库日期早于验收日期。</translation>
    </message>
    <message>
        <source>An approved or rejected request names its reviewer.</source>
        <translation>已审批或已驳回的申购须填写审批人。</translation>
    </message>
    <message>
        <source>An approved or rejected request has its review date.</source>
        <translation>已审批或已驳回的申购须填写审批日期。</translation>
    </message>
    <message>
        <source>An accepted purchase names who accepted it.</source>
        <translation>已验收的申购须填写验收人。</translation>
    </message>
    <message>
        <source>An accepted purchase is signed by a second person.</source>
        <translation>已验收的申购须由第二人签名。</translation>
    </message>
    <message>
        <source>An accepted purchase has its acceptance date.</source>
        <translation>已验收的申购须填写验收日期。</translation>
    </message>
    <message>
        <source>The two signers of the acceptance must be two different people.</source>
        <translation>两位验收签名人必须是不同的人。</translation>
    </message>
    <message>
        <source>A purchase in stock has its stocking date.</source>
        <translation>已入库的申购须填写入库日期。</translation>
    </message>
    <message>
        <source>Purchase request #%1</source>
        <translation>申购单 #%1</translation>
    </message>
</context>
<context>
    <name>RecordCsv</name>
    <message>
        <source>Column %1 has values but no heading.</source>
        <translation>第 %1 列有内容，但没有列标题。</translation>
    </message>
    <message>
        <source>Not a column of %1. The columns are: %2.</source>
        <translation>不是“%1”的列。可用的列有：%2。</translation>
    </message>
    <message>
        <source>The same column as &quot;%1&quot;; keep only one of them.</source>
        <translation>与“%1”是同一列，请只保留其中一列。</translation>
    </message>
    <message>
        <source>The required column %1 (%2) is missing.</source>
        <translation>缺少必填列：%1（%2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of fen (a column headed by its key, %2, holds money in fen).</source>
        <translation>“%1”不是整数的分（列标题为字段名 %2 时，金额以分为单位）。</translation>
    </message>
    <message>
        <source>This row has more cells than the header has columns.</source>
        <translation>本行的单元格比表头的列数多。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>第 %1 行，“%2”列：%3</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>文件是空的：没有表头行。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record ID (they look like 3f2a9c1e-1207). Leave the cell empty to add the row as a new record.</source>
        <translation>“%1”不是记录编号（记录编号形如 3f2a9c1e-1207）。要把这一行作为新记录添加，请把这一格留空。</translation>
    </message>
    <message>
        <source>The record ID %1 belongs to another database: this file was exported from a different Houqin file, so it cannot update records here. Import it as new records instead.</source>
        <translation>记录编号 %1 属于另一个数据库：这个文件是从另一个后勤数据库导出的，不能用来更新这里的记录。请改为作为新记录导入。</translation>
    </message>
    <message>
        <source>There is no record with ID %1 in %2 (it may have been deleted). Leave the cell empty to add the row as a new record.</source>
        <translation>%2中没有记录编号为 %1 的记录（可能已被删除）。要把这一行作为新记录添加，请把这一格留空。</translation>
    </message>
    <message>
        <source>The record ID %1 is already on row %2; a record&apos;s rows must follow one another, and a record can be in the file once.</source>
        <translation>记录编号 %1 已出现在第 %2 行；同一条记录的各行必须相邻，一条记录在文件中只能出现一次。</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation>新增 %1 条，更新 %2 条，未改动 %3 条</translation>
    </message>
    <message>
        <source>The file says %1, but the row&apos;s other columns give %2.</source>
        <translation>文件中为 %1，但按本行其他列计算应为 %2。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>%1 is a CSV file, not a workbook: it has no sheets to choose from.</source>
        <translation>%1 是 CSV 文件，不是工作簿，没有可选的工作表。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Line · %1</source>
        <extracomment>zh_CN &quot;明细·%1&quot;</extracomment>
        <translation>明细·%1</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; holds masked values, as a list export writes them (such as %2), which cannot be read back: it is left empty in %3 new records. A record updated through its record ID keeps its stored value; an export with field keys (--keys) carries the full values.</source>
        <extracomment>zh_CN &quot;此文件中的“%1”是遮挡过的（列表导出即如此，如 %2），无法读回：新增的 %3 条记录此项为空。按记录编号更新的记录保留原值；按字段键导出（--keys）的文件带有完整值。&quot;</extracomment>
        <translation>此文件中的“%1”列是遮挡过的值（列表导出即如此，如 %2），无法读回：新增的 %3 条记录此项为空。按记录编号更新的记录保留原值；按字段键导出（--keys）的文件带有完整值。</translation>
    </message>
</context>
<context>
    <name>Repairs</name>
    <message>
        <source>The repair is completed before the day it was reported.</source>
        <translation>完成日期早于报修日期。</translation>
    </message>
    <message>
        <source>A dispatched repair says who repairs it.</source>
        <translation>已派工的报修须注明维修方式。</translation>
    </message>
    <message>
        <source>A dispatched repair names the person repairing.</source>
        <translation>已派工的报修须填写维修人。</translation>
    </message>
    <message>
        <source>A completed repair says what was done.</source>
        <translation>已完成的维修须填写维修内容。</translation>
    </message>
    <message>
        <source>A completed repair states its cost (0 if none).</source>
        <translation>已完成的维修须填写费用（无费用填 0）。</translation>
    </message>
    <message>
        <source>A completed repair has its completion date.</source>
        <translation>已完成的维修须填写完成日期。</translation>
    </message>
    <message>
        <source>An accepted repair names who accepted it.</source>
        <translation>已验收的维修须填写验收人。</translation>
    </message>
    <message>
        <source>The repair is accepted by someone other than the person who repaired it.</source>
        <translation>验收人不能是维修人本人。</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Teaching week %1</source>
        <extracomment>zh_CN &quot;教学周：第%1周&quot;</extracomment>
        <translation>教学周：第%1周</translation>
    </message>
    <message>
        <source>Weekly food sample register</source>
        <translation>留样登记表（周）</translation>
    </message>
    <message>
        <source>The food sample register needs a week, such as 2026-W36.</source>
        <translation>留样登记表需要指定周次，如 2026-W36。</translation>
    </message>
    <message>
        <source>Food sample register</source>
        <extracomment>zh_CN &quot;留样登记表&quot;</extracomment>
        <translation>留样登记表</translation>
    </message>
    <message>
        <source>No food samples were kept in this period.</source>
        <translation>本期无留样记录。</translation>
    </message>
    <message>
        <source>Samples: %1</source>
        <translation>共 %1 份留样</translation>
    </message>
    <message>
        <source>Sampler (signature):</source>
        <translation>留样人（签字）：</translation>
    </message>
    <message>
        <source>Reviewer (signature):</source>
        <extracomment>zh_CN &quot;审核人（签字）：&quot;</extracomment>
        <translation>审核人（签字）：</translation>
    </message>
    <message>
        <source>MM-dd</source>
        <extracomment>Day and month inside a week&apos;s label, as a QDate format: zh_CN &quot;M月d日&quot;</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write a day as 2026-09-01.</source>
        <translation>“%1”不是日期。请按 2026-09-01 的格式填写日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a week. Write an ISO week as 2026-W36 (year, W, week number).</source>
        <translation>“%1”不是周次。请按 ISO 周的格式填写，如 2026-W36（年份、W、周序号）。</translation>
    </message>
    <message>
        <source>%1 has ISO weeks 1 to %2; there is no week %3.</source>
        <translation>%1 年只有第 1 至第 %2 周（ISO 周），没有第 %3 周。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month. Write a month as 2026-09.</source>
        <translation>“%1”不是月份。请按 2026-09 的格式填写月份。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: months run from 1 to 12.</source>
        <translation>“%1”不是有效的月份：月份为 1 至 12。</translation>
    </message>
    <message>
        <source>This report covers no period; leave out &quot;%1&quot;.</source>
        <translation>此报表不按时间段打印，请去掉“%1”。</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <extracomment>A whole date as a QDate format: zh_CN &quot;yyyy年M月d日&quot;</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>%1 week %2 (%3 to %4)</source>
        <extracomment>%1 ISO year, %2 week number, %3 Monday, %4 Sunday: zh_CN &quot;%1年第%2周（%3—%4）&quot;</extracomment>
        <translation>%1年第%2周（%3—%4）</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>A month as a QDate format: zh_CN &quot;yyyy年M月&quot;</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Printing needs a graphical application.</source>
        <translation>打印需要图形界面程序。</translation>
    </message>
    <message>
        <source>The printer or PDF file could not be opened.</source>
        <translation>无法打开打印机或 PDF 文件。</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>打印机无法开始新的一页。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>The printout could not be finished.</source>
        <translation>打印未能完成。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A column heading with its unit: %1 label, %2 unit. zh_CN &quot;%1（%2）&quot;
----------
zh_CN &quot;%1（%2）&quot; (the date, the weekday)</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <extracomment>A date range: %1 the date field&apos;s label. zh_CN &quot;%1：%2 至 %3&quot;</extracomment>
        <translation>%1：%2 至 %3</translation>
    </message>
    <message>
        <source>%1: from %2</source>
        <translation>%1：%2 起</translation>
    </message>
    <message>
        <source>%1: until %2</source>
        <translation>%1：截至 %2</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>搜索：%1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>筛选：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>没有记录。</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>共 %1 条记录</translation>
    </message>
    <message>
        <source>Pesticide test notice for the lobby board</source>
        <translation>农残检测结果公示（大厅展板）</translation>
    </message>
    <message>
        <source>The pesticide test notice needs a day, such as 2026-09-01.</source>
        <translation>农残检测公示需要指定日期，如 2026-09-01。</translation>
    </message>
    <message>
        <source>Pesticide residue rapid test results</source>
        <extracomment>zh_CN &quot;农药残留快速检测结果公示&quot;</extracomment>
        <translation>农药残留快速检测结果公示</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>The first column of the notice: the row&apos;s number. zh_CN &quot;序号&quot;
----------
zh_CN &quot;序号&quot;
----------
The item number column of a plan: zh_CN &quot;序号&quot;
----------
zh_CN &quot;序号&quot; / &quot;姓名&quot; / &quot;岗位&quot; / &quot;签到&quot; / &quot;备注&quot;
----------
zh_CN &quot;成绩&quot; / &quot;结果&quot;</extracomment>
        <translation>序号</translation>
    </message>
    <message>
        <source>No tests were recorded for this day.</source>
        <translation>当天没有检测记录。</translation>
    </message>
    <message>
        <source>Tester: %1</source>
        <translation>检测人：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Method: enzyme inhibition (GB/T 5009.199-2003); an inhibition rate of %1% or more fails.</source>
        <extracomment>zh_CN &quot;检测方法：酶抑制率法（GB/T 5009.199-2003）；抑制率≥%1%为不合格。&quot;</extracomment>
        <translation>检测方法：酶抑制率法（GB/T 5009.199-2003）；抑制率≥%1%为不合格。</translation>
    </message>
    <message>
        <source>Tester (signature):</source>
        <translation>检测人（签字）：</translation>
    </message>
    <message>
        <source>Monthly canteen account notice</source>
        <translation>伙食收支月公示</translation>
    </message>
    <message>
        <source>The canteen account notice needs a month, such as 2026-09.</source>
        <translation>伙食收支公示需要指定月份，如 2026-09。</translation>
    </message>
    <message>
        <source>There is no canteen account for %1 yet.</source>
        <translation>尚未登记 %1 的伙食收支。</translation>
    </message>
    <message>
        <source>Children&apos;s meals: income and expenses</source>
        <extracomment>zh_CN &quot;幼儿伙食收支公示&quot;</extracomment>
        <translation>幼儿伙食收支公示</translation>
    </message>
    <message>
        <source>Item</source>
        <extracomment>zh_CN &quot;项目&quot;</extracomment>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <extracomment>zh_CN &quot;金额（元）&quot;</extracomment>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Semester to date (%1 to %2, %3 months):</source>
        <extracomment>%1 first month, %2 last month (yyyy-MM), %3 months. zh_CN &quot;本学期累计（%1 至 %2，%3 个月）：&quot;</extracomment>
        <translation>本学期累计（%1 至 %2，共 %3 个月）：</translation>
    </message>
    <message>
        <source>income %1 yuan, expenses %2 yuan, balance %3 yuan (%4).</source>
        <translation>收入 %1 元，支出 %2 元，结余 %3 元（%4）。</translation>
    </message>
    <message>
        <source>Within the ±%1% limit.</source>
        <translation>在 ±%1% 的范围内。</translation>
    </message>
    <message>
        <source>Outside the ±%1% limit: review the meal budget.</source>
        <translation>超出 ±%1% 的范围，请检查伙食安排。</translation>
    </message>
    <message>
        <source>Meal fees are used for the children&apos;s meals only.</source>
        <translation>伙食费专款专用，仅用于幼儿伙食。</translation>
    </message>
    <message>
        <source>Published on %1</source>
        <extracomment>zh_CN &quot;公示日期：%1&quot;</extracomment>
        <translation>公示日期：%1</translation>
    </message>
    <message>
        <source>Prepared by (signature):</source>
        <translation>制表人（签字）：</translation>
    </message>
    <message>
        <source>Monthly pesticide residue test register</source>
        <translation>农药残留检测登记表（月）</translation>
    </message>
    <message>
        <source>Pesticide residue rapid test register</source>
        <extracomment>zh_CN &quot;农药残留快速检测登记表&quot;</extracomment>
        <translation>农药残留快速检测登记表</translation>
    </message>
    <message>
        <source>The pesticide test register needs a month, such as 2026-09.</source>
        <translation>农残检测登记表需要指定月份，如 2026-09。</translation>
    </message>
    <message>
        <source>No pesticide tests were recorded in this period.</source>
        <translation>本期没有农残检测记录。</translation>
    </message>
    <message>
        <source>Tests: %1; positive: %2 (%3%). Positive at %4% or more.</source>
        <translation>共检测 %1 次，不合格 %2 次（%3%）。抑制率≥%4%为不合格。</translation>
    </message>
    <message>
        <source>Not yet handled: %1.</source>
        <translation>尚未处置：%1 次。</translation>
    </message>
    <message>
        <source>Monthly morning check register</source>
        <translation>晨检登记表（月）</translation>
    </message>
    <message>
        <source>Canteen staff morning check register</source>
        <extracomment>zh_CN &quot;食堂从业人员晨检登记表&quot;</extracomment>
        <translation>食堂从业人员晨检登记表</translation>
    </message>
    <message>
        <source>The morning check register needs a month, such as 2026-09.</source>
        <translation>晨检登记表需要指定月份，如 2026-09。</translation>
    </message>
    <message>
        <source>No morning checks were recorded in this period.</source>
        <translation>本期没有晨检记录。</translation>
    </message>
    <message>
        <source>Health teacher (signature):</source>
        <translation>保健老师（签字）：</translation>
    </message>
    <message>
        <source>Checks: %1; not fit for duty: %2. Fever from %3 °C.</source>
        <translation>共晨检 %1 人次，不宜上岗 %2 人次。体温≥%3 °C 为发热。</translation>
    </message>
    <message>
        <source>Monthly meal accompaniment record</source>
        <translation>陪餐记录表（月）</translation>
    </message>
    <message>
        <source>Meal accompaniment record</source>
        <extracomment>zh_CN &quot;陪餐记录表&quot;</extracomment>
        <translation>陪餐记录表</translation>
    </message>
    <message>
        <source>The meal accompaniment record needs a month, such as 2026-09.</source>
        <translation>陪餐记录表需要指定月份，如 2026-09。</translation>
    </message>
    <message>
        <source>No meals were accompanied in this period.</source>
        <translation>本期没有陪餐记录。</translation>
    </message>
    <message>
        <source>Meals accompanied: %1; average rating %2 of 5; with problems: %3.</source>
        <translation>共陪餐 %1 次，平均评分 %2 分（满分 5 分），发现问题 %3 次。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>zh_CN &quot;%1 至 %2&quot;
----------
A week&apos;s dates under its label: %1 Monday, %2 Sunday. zh_CN &quot;%1—%2&quot;</extracomment>
        <translation>%1—%2</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <extracomment>A task&apos;s status when its week has passed: zh_CN &quot;%1（已逾期）&quot;</extracomment>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>Tasks: %1, done: %2, completion %3%, overdue: %4</source>
        <extracomment>zh_CN &quot;任务 %1 项，已完成 %2 项，完成率 %3%，逾期 %4 项&quot;</extracomment>
        <translation>任务 %1 项，已完成 %2 项，完成率 %3%，逾期 %4 项</translation>
    </message>
    <message>
        <source>%1 (%2 to %3, %4 weeks)</source>
        <extracomment>%1 semester name, %2 first day, %3 last day, %4 teaching weeks. zh_CN &quot;%1（%2 至 %3，共%4周）&quot;</extracomment>
        <translation>%1（%2 至 %3，共%4周）</translation>
    </message>
    <message>
        <source>Review date:</source>
        <extracomment>zh_CN &quot;审核日期：&quot;</extracomment>
        <translation>审核日期：</translation>
    </message>
    <message>
        <source>Monthly work plan review</source>
        <extracomment>zh_CN &quot;月度工作计划检查表&quot;</extracomment>
        <translation>月度工作计划检查表</translation>
    </message>
    <message>
        <source>The monthly plan review needs a month, such as 2026-09.</source>
        <translation>月度工作计划检查表需要指定月份，例如 2026-09。</translation>
    </message>
    <message>
        <source>No semester&apos;s plan covers this month.</source>
        <translation>没有学期的计划涵盖这个月。</translation>
    </message>
    <message>
        <source>The plan has no tasks in this month.</source>
        <translation>计划中本月没有任务。</translation>
    </message>
    <message>
        <source>Semester work plan</source>
        <extracomment>zh_CN &quot;学期工作计划&quot;</extracomment>
        <translation>学期工作计划</translation>
    </message>
    <message>
        <source>No semester holds %1.</source>
        <translation>没有包含 %1 的学期。</translation>
    </message>
    <message>
        <source>No semester is current. Create one with &quot;houqin semester new&quot;, or give --date to print the semester holding it.</source>
        <translation>没有当前学期。请用“houqin semester new”新建一个，或用 --date 指定日期以打印包含该日期的学期。</translation>
    </message>
    <message>
        <source>The plan has no tasks yet.</source>
        <translation>计划中还没有任务。</translation>
    </message>
    <message>
        <source>Delivery acceptance register</source>
        <translation>出入库验收登记表</translation>
    </message>
    <message>
        <source>The delivery register needs a day or a week, such as 2026-09-08.</source>
        <translation>出入库验收登记表需要指定一天或一周，例如 2026-09-08。</translation>
    </message>
    <message>
        <source>Canteen delivery acceptance register</source>
        <extracomment>zh_CN &quot;食堂出入库验收登记表&quot;</extracomment>
        <translation>食堂出入库验收登记表</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>No deliveries were recorded in this period.</source>
        <translation>此期间没有出入库验收记录。</translation>
    </message>
    <message>
        <source>Deliveries: %1; item lines: %2; amount: %3 yuan.</source>
        <translation>验收 %1 批，明细 %2 行，金额 %3 元。</translation>
    </message>
    <message>
        <source>Incoming deliveries without 索证索票 checked: %1.</source>
        <translation>入库未索证索票：%1 批。</translation>
    </message>
    <message>
        <source>Canteen leader (signature):</source>
        <translation>食堂组长（签字）：</translation>
    </message>
    <message>
        <source>Weekly menu</source>
        <translation>幼儿一周食谱</translation>
    </message>
    <message>
        <source>The weekly menu needs a week, such as 2026-W37.</source>
        <translation>一周食谱需要指定一周，例如 2026-W37。</translation>
    </message>
    <message>
        <source>This week&apos;s menu</source>
        <extracomment>zh_CN &quot;幼儿一周食谱&quot;</extracomment>
        <translation>幼儿一周食谱</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>餐次</translation>
    </message>
    <message>
        <source>No menu has been entered for this week.</source>
        <translation>本周尚未录入食谱。</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>%1 公示</translation>
    </message>
    <message>
        <source>Handling</source>
        <extracomment>zh_CN &quot;处理情况&quot;</extracomment>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>; retest %1% (%2)</source>
        <translation>；复检 %1%（%2）</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>%1 has no blank form.</source>
        <translation>%1 没有空白表。</translation>
    </message>
    <message>
        <source>Mon</source>
        <extracomment>zh_CN &quot;周一&quot;</extracomment>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <extracomment>zh_CN &quot;周二&quot;</extracomment>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <extracomment>zh_CN &quot;周三&quot;</extracomment>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <extracomment>zh_CN &quot;周四&quot;</extracomment>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <extracomment>zh_CN &quot;周五&quot;</extracomment>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <extracomment>zh_CN &quot;周六&quot;</extracomment>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <extracomment>zh_CN &quot;周日&quot;</extracomment>
        <translation>周日</translation>
    </message>
    <message>
        <source>The weekly safety inspection sheet needs a week, such as 2026-W47.</source>
        <translation>每周安全检查表需要指定周，例如 2026-W47。</translation>
    </message>
    <message>
        <source>Weekly safety inspection sheet</source>
        <extracomment>zh_CN &quot;每周安全检查表&quot;</extracomment>
        <translation>每周安全检查表</translation>
    </message>
    <message>
        <source>Area</source>
        <extracomment>zh_CN &quot;区域&quot;</extracomment>
        <translation>区域</translation>
    </message>
    <message>
        <source>Item checked</source>
        <extracomment>zh_CN &quot;检查项目&quot;</extracomment>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Remarks</source>
        <extracomment>zh_CN &quot;备注&quot;</extracomment>
        <translation>备注</translation>
    </message>
    <message>
        <source>Campus: %1</source>
        <extracomment>zh_CN &quot;园区：%1&quot;</extracomment>
        <translation>园区：%1</translation>
    </message>
    <message>
        <source>%1 (hazard #%2)</source>
        <extracomment>zh_CN &quot;%1（隐患 #%2）&quot;</extracomment>
        <translation>%1（隐患 #%2）</translation>
    </message>
    <message>
        <source>√ passed   × failed   / not applicable</source>
        <extracomment>zh_CN &quot;√ 合格 × 不合格 / 不适用&quot;</extracomment>
        <translation>√ 合格&#x3000;× 不合格&#x3000;/ 不适用</translation>
    </message>
    <message>
        <source>No safety inspections were recorded in this week.</source>
        <translation>本周未录入安全检查。</translation>
    </message>
    <message>
        <source>Inspector (signature):</source>
        <extracomment>zh_CN &quot;检查人（签字）：&quot;</extracomment>
        <translation>检查人（签字）：</translation>
    </message>
    <message>
        <source>After-school safety check record</source>
        <extracomment>zh_CN &quot;放学后安全检查记录&quot;</extracomment>
        <translation>放学后安全检查记录</translation>
    </message>
    <message>
        <source>The after-school check record needs a month, such as 2026-11.</source>
        <translation>放学后安全检查记录需要指定月份，例如 2026-11。</translation>
    </message>
    <message>
        <source>Not checked</source>
        <extracomment>zh_CN &quot;未检查&quot;</extracomment>
        <translation>未检查</translation>
    </message>
    <message>
        <source>√ in order   × a problem   / not applicable. Not checked: %1; with problems: %2.</source>
        <extracomment>zh_CN &quot;√ 正常 × 有问题 / 不适用。未检查 %1 次，有问题 %2 次。&quot;</extracomment>
        <translation>√ 正常&#x3000;× 有问题&#x3000;/ 不适用。未检查 %1 次，有问题 %2 次。</translation>
    </message>
    <message>
        <source>Safety education record</source>
        <extracomment>zh_CN &quot;安全教育活动记录&quot;</extracomment>
        <translation>安全教育活动记录</translation>
    </message>
    <message>
        <source>The safety education record needs a month, such as 2026-11.</source>
        <translation>安全教育活动记录需要指定月份，例如 2026-11。</translation>
    </message>
    <message>
        <source>This month&apos;s theme: %1</source>
        <extracomment>zh_CN &quot;本月主题：%1&quot;</extracomment>
        <translation>本月主题：%1</translation>
    </message>
    <message>
        <source>Not held</source>
        <extracomment>zh_CN &quot;未开展&quot;</extracomment>
        <translation>未开展</translation>
    </message>
    <message>
        <source>Activities: %1; classes without one: %2.</source>
        <extracomment>zh_CN &quot;活动 %1 次；未开展的班级 %2 个。&quot;</extracomment>
        <translation>活动 %1 次；未开展的班级 %2 个。</translation>
    </message>
    <message>
        <source>Head of teaching (signature):</source>
        <extracomment>zh_CN &quot;保教主任（签字）：&quot;</extracomment>
        <translation>保教主任（签字）：</translation>
    </message>
    <message>
        <source>Hazard rectification register</source>
        <extracomment>zh_CN &quot;隐患排查整改台账&quot;</extracomment>
        <translation>隐患排查整改台账</translation>
    </message>
    <message>
        <source>The hazard register needs a month, such as 2026-11.</source>
        <translation>隐患台账需要指定月份，例如 2026-11。</translation>
    </message>
    <message>
        <source>No hazards were found in this period.</source>
        <translation>本期未发现隐患。</translation>
    </message>
    <message>
        <source>Safety officer (signature):</source>
        <extracomment>zh_CN &quot;安全负责人（签字）：&quot;</extracomment>
        <translation>安全负责人（签字）：</translation>
    </message>
    <message>
        <source>Director (signature):</source>
        <translation>园长（签字）：</translation>
    </message>
    <message>
        <source>Hazards: %1; closed: %2; open: %3, of which overdue: %4 (as of %5).</source>
        <extracomment>zh_CN &quot;共 %1 项：已关闭 %2，未关闭 %3，其中逾期 %4（截至 %5）。&quot;</extracomment>
        <translation>共 %1 项：已关闭 %2，未关闭 %3，其中逾期 %4（截至 %5）。</translation>
    </message>
    <message>
        <source>Visitor register</source>
        <extracomment>zh_CN &quot;来访登记表&quot;</extracomment>
        <translation>来访登记表</translation>
    </message>
    <message>
        <source>The visitor register needs a day, a week or a month, such as 2026-11-16.</source>
        <translation>来访登记表需要指定日期、周或月份，例如 2026-11-16。</translation>
    </message>
    <message>
        <source>No visitors were recorded in this period.</source>
        <translation>本期无来访登记。</translation>
    </message>
    <message>
        <source>Guard (signature):</source>
        <extracomment>zh_CN &quot;门卫（签字）：&quot;</extracomment>
        <translation>门卫（签字）：</translation>
    </message>
    <message>
        <source>Visits: %1; not admitted: %2 (%3 °C or more).</source>
        <extracomment>zh_CN &quot;来访 %1 人次，不予入园 %2（体温 %3 °C 及以上）。&quot;</extracomment>
        <translation>来访 %1 人次，不予入园 %2（体温 %3 °C 及以上）。</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <extracomment>zh_CN &quot;值班表&quot;</extracomment>
        <translation>值班表</translation>
    </message>
    <message>
        <source>The duty roster needs a month, such as 2027-01.</source>
        <translation>值班表需要指定月份，例如 2027-01。</translation>
    </message>
    <message>
        <source>No duty was planned in this period.</source>
        <translation>本期未安排值班。</translation>
    </message>
    <message>
        <source>Emergency drill record</source>
        <extracomment>zh_CN &quot;应急演练记录&quot;</extracomment>
        <translation>应急演练记录</translation>
    </message>
    <message>
        <source>The drill record needs a month, such as 2026-11.</source>
        <translation>应急演练记录需要指定月份，例如 2026-11。</translation>
    </message>
    <message>
        <source>No drills were held in this period.</source>
        <translation>本期未开展演练。</translation>
    </message>
    <message>
        <source>Recorded by (signature):</source>
        <extracomment>zh_CN &quot;记录人（签字）：&quot;</extracomment>
        <translation>记录人（签字）：</translation>
    </message>
    <message>
        <source>Drills: %1.</source>
        <extracomment>zh_CN &quot;演练 %1 次。&quot;</extracomment>
        <translation>演练 %1 次。</translation>
    </message>
    <message>
        <source>not registered</source>
        <extracomment>zh_CN &quot;未登记隐患&quot;</extracomment>
        <translation>未登记隐患</translation>
    </message>
    <message>
        <source>hazard #%1 (deleted)</source>
        <extracomment>zh_CN &quot;隐患 #%1（已删除）&quot;</extracomment>
        <translation>隐患 #%1（已删除）</translation>
    </message>
    <message>
        <source>The daily walk-through form needs a week, such as 2026-W47.</source>
        <extracomment>zh_CN &quot;一日三巡记录表需要指定一周，例如 2026-W47。&quot;</extracomment>
        <translation>一日三巡记录表需要指定一周，例如 2026-W47。</translation>
    </message>
    <message>
        <source>Daily walk-through form</source>
        <extracomment>zh_CN &quot;一日三巡记录表&quot;</extracomment>
        <translation>一日三巡记录表</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>zh_CN &quot;日期&quot;</extracomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Round</source>
        <extracomment>zh_CN &quot;巡次&quot;</extracomment>
        <translation>巡次</translation>
    </message>
    <message>
        <source>Areas</source>
        <extracomment>zh_CN &quot;巡查区域&quot;</extracomment>
        <translation>巡查区域</translation>
    </message>
    <message>
        <source>Problems found</source>
        <extracomment>zh_CN &quot;发现的问题&quot;</extracomment>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Merits</source>
        <extracomment>zh_CN &quot;优点&quot;</extracomment>
        <translation>优点</translation>
    </message>
    <message>
        <source>Follow-up (hazard, state, owner)</source>
        <extracomment>zh_CN &quot;跟进（隐患编号、状态、责任人）&quot;</extracomment>
        <translation>跟进（隐患编号、状态、责任人）</translation>
    </message>
    <message>
        <source>Administrator: %1</source>
        <extracomment>zh_CN &quot;行政：%1&quot;</extracomment>
        <translation>行政：%1</translation>
    </message>
    <message>
        <source>nothing to note</source>
        <extracomment>zh_CN &quot;无异常&quot;</extracomment>
        <translation>无异常</translation>
    </message>
    <message>
        <source>No walk-throughs were recorded in this week.</source>
        <extracomment>zh_CN &quot;本周没有一日三巡记录。&quot;</extracomment>
        <translation>本周没有一日三巡记录。</translation>
    </message>
    <message>
        <source>Administrator (signature):</source>
        <extracomment>zh_CN &quot;巡查人（签字）：&quot;</extracomment>
        <translation>巡查人（签字）：</translation>
    </message>
    <message>
        <source>Asset register</source>
        <extracomment>zh_CN &quot;资产台账&quot;</extracomment>
        <translation>资产台账</translation>
    </message>
    <message>
        <source>As of %1</source>
        <extracomment>zh_CN &quot;截至 %1&quot;</extracomment>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>%1 %2 subtotal</source>
        <extracomment>zh_CN &quot;%1 %2 小计&quot;</extracomment>
        <translation>%1 %2 小计</translation>
    </message>
    <message>
        <source>%1 total</source>
        <extracomment>zh_CN &quot;%1 合计&quot;</extracomment>
        <translation>%1 合计</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <extracomment>zh_CN &quot;部门：%1&quot;</extracomment>
        <translation>部门：%1</translation>
    </message>
    <message>
        <source>The register holds no assets on this day.</source>
        <translation>当日台账中没有资产。</translation>
    </message>
    <message>
        <source>Items: %1, quantity %2; fixed assets %3 yuan, low-value consumables %4 yuan, total %5 yuan (to compare with the finance ledger).</source>
        <extracomment>zh_CN &quot;共 %1 项，数量 %2；固定资产 %3 元，低值易耗品 %4 元，合计 %5 元（与财务账核对）。&quot;</extracomment>
        <translation>共 %1 项，数量 %2；固定资产 %3 元，低值易耗品 %4 元，合计 %5 元（与财务账核对）。</translation>
    </message>
    <message>
        <source>Asset keeper (signature):</source>
        <extracomment>zh_CN &quot;资产管理员（签字）：&quot;</extracomment>
        <translation>资产管理员（签字）：</translation>
    </message>
    <message>
        <source>Finance (signature):</source>
        <translation>财务（签字）：</translation>
    </message>
    <message>
        <source>Loans outstanding</source>
        <extracomment>zh_CN &quot;未归还物品清单&quot;</extracomment>
        <translation>未归还物品清单</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <extracomment>zh_CN &quot;逾期天数&quot;</extracomment>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Everything lent has been returned.</source>
        <translation>借出物品均已归还。</translation>
    </message>
    <message>
        <source>Not returned: %1, of which overdue: %2.</source>
        <translation>未归还 %1 件次，其中逾期 %2。</translation>
    </message>
    <message>
        <source>Keeper (signature):</source>
        <extracomment>zh_CN &quot;保管员（签字）：&quot;</extracomment>
        <translation>保管员（签字）：</translation>
    </message>
    <message>
        <source>Repair request form</source>
        <extracomment>zh_CN &quot;维修申报单&quot;</extracomment>
        <translation>维修申报单</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>zh_CN &quot;内容&quot;</extracomment>
        <translation>内容</translation>
    </message>
    <message>
        <source>Reported by (signature):</source>
        <extracomment>zh_CN &quot;报修人（签字）：&quot;</extracomment>
        <translation>报修人（签字）：</translation>
    </message>
    <message>
        <source>Repaired by (signature):</source>
        <translation>维修人（签字）：</translation>
    </message>
    <message>
        <source>Accepted by (signature):</source>
        <translation>验收人（签字）：</translation>
    </message>
    <message>
        <source>The repair form needs a day, a week or a month, such as 2026-11-16; --blank prints an empty form.</source>
        <translation>维修申报单需要指定日、周或月，例如 2026-11-16；--blank 打印空白表。</translation>
    </message>
    <message>
        <source>No. %1</source>
        <extracomment>zh_CN &quot;第 %1 号&quot;</extracomment>
        <translation>第 %1 号</translation>
    </message>
    <message>
        <source>No repairs were requested in this period.</source>
        <translation>本期间没有报修。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>zh_CN &quot;备注&quot;</extracomment>
        <translation>备注</translation>
    </message>
    <message>
        <source>Study session sign-in sheet</source>
        <extracomment>zh_CN &quot;业务学习签到表&quot;</extracomment>
        <translation>业务学习签到表</translation>
    </message>
    <message>
        <source>The sign-in sheet needs the session&apos;s date, such as 2026-11-16.</source>
        <translation>签到表需要学习日期，如 2026-11-16。</translation>
    </message>
    <message>
        <source>No session is recorded on that day.</source>
        <extracomment>zh_CN &quot;该日没有业务学习记录。&quot;</extracomment>
        <translation>该日没有业务学习记录。</translation>
    </message>
    <message>
        <source>Presenter (signature):</source>
        <extracomment>zh_CN &quot;主讲人（签字）：&quot;</extracomment>
        <translation>主讲人（签字）：</translation>
    </message>
    <message>
        <source>Date: ________</source>
        <extracomment>zh_CN &quot;日期：＿＿＿＿ 学习内容：＿＿＿＿＿＿＿＿ 主讲人：＿＿＿＿&quot;</extracomment>
        <translation>日期：＿＿＿＿</translation>
    </message>
    <message>
        <source>Topic: ____________________   Presenter: ________</source>
        <translation>学习内容：＿＿＿＿＿＿＿＿＿＿  主讲人：＿＿＿＿</translation>
    </message>
    <message>
        <source>Exam results</source>
        <extracomment>zh_CN &quot;应知应会理论考试成绩&quot;</extracomment>
        <translation>应知应会理论考试成绩</translation>
    </message>
    <message>
        <source>The exam results need a month, such as 2026-11.</source>
        <translation>考试成绩需要月份，如 2026-11。</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>No exam is recorded in that month.</source>
        <extracomment>zh_CN &quot;本月没有考试记录。&quot;</extracomment>
        <translation>本月没有考试记录。</translation>
    </message>
    <message>
        <source>pass mark %1</source>
        <extracomment>zh_CN &quot;%1 %2（及格分 %3）&quot;</extracomment>
        <translation>及格分 %1</translation>
    </message>
    <message>
        <source>%1: %2 passed, %3 failed, %4 did not sit.</source>
        <extracomment>zh_CN &quot;%1：及格 %2 人，不及格 %3 人，缺考 %4 人。&quot;</extracomment>
        <translation>%1：及格 %2 人，不及格 %3 人，缺考 %4 人。</translation>
    </message>
    <message>
        <source>Marked by (signature):</source>
        <extracomment>zh_CN &quot;阅卷人（签字）：&quot;</extracomment>
        <translation>阅卷人（签字）：</translation>
    </message>
    <message>
        <source>Monthly appraisal summary</source>
        <extracomment>zh_CN &quot;后勤人员月考核汇总&quot;</extracomment>
        <translation>后勤人员月考核汇总</translation>
    </message>
    <message>
        <source>The appraisal summary needs a month, such as 2026-11.</source>
        <translation>月考核汇总需要月份，如 2026-11。</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>zh_CN &quot;总分&quot; / &quot;等级&quot;</extracomment>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Not appraised</source>
        <extracomment>zh_CN &quot;未考核&quot;</extracomment>
        <translation>未考核</translation>
    </message>
    <message>
        <source>not appraised %1</source>
        <extracomment>zh_CN &quot;未考核 %1&quot;</extracomment>
        <translation>未考核 %1</translation>
    </message>
    <message>
        <source>Summary of the feedback meeting:</source>
        <extracomment>zh_CN &quot;月考核反馈小结会小结：&quot; / &quot;考核人（签字）：&quot;</extracomment>
        <translation>月考核反馈小结会小结：</translation>
    </message>
    <message>
        <source>Appraised by (signature):</source>
        <translation>考核人（签字）：</translation>
    </message>
    <message>
        <source>Semester study and training record</source>
        <extracomment>zh_CN &quot;业务学习与技能培训学期统计&quot;</extracomment>
        <translation>业务学习与技能培训学期统计</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <extracomment>zh_CN &quot;%1（%2 至 %3）&quot;</extracomment>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>zh_CN &quot;要求&quot; / &quot;时段&quot; / &quot;已开展&quot; / &quot;情况&quot;</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>已开展</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>zh_CN &quot;在账状态&quot;</extracomment>
        <translation>情况</translation>
    </message>
    <message>
        <source>Missing</source>
        <extracomment>zh_CN &quot;缺&quot; / &quot;已开展&quot; / &quot;未到&quot;</extracomment>
        <translation>缺</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已开展</translation>
    </message>
    <message>
        <source>To come</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Cadence: theory and canteen theory every two weeks, skills training every two months. %1 missing.</source>
        <extracomment>zh_CN &quot;按要求：理论学习、食堂理论学习每两周一次，技能培训每两月一次。缺 %1 次。&quot;</extracomment>
        <translation>要求：理论学习、食堂理论学习每两周一次，技能培训每两月一次。缺 %1 次。</translation>
    </message>
    <message>
        <source>Custodian: %1</source>
        <extracomment>zh_CN &quot;保管人：%1&quot;</extracomment>
        <translation>保管人：%1</translation>
    </message>
    <message>
        <source>Asset labels (QR codes)</source>
        <extracomment>zh_CN &quot;资产标签（二维码）&quot;</extracomment>
        <translation>资产标签（二维码）</translation>
    </message>
    <message>
        <source>Asset codes</source>
        <extracomment>zh_CN &quot;资产编号&quot;</extracomment>
        <translation>资产编号</translation>
    </message>
    <message>
        <source>Only these asset codes, separated by commas (default: every asset of the campus and rooms).</source>
        <extracomment>zh_CN &quot;只印这些资产编号，以逗号分隔（默认：所选园区和房间的全部资产）。&quot;</extracomment>
        <translation>只印这些资产编号，以逗号分隔（默认：所选园区和房间的全部资产）。</translation>
    </message>
    <message>
        <source>There is no asset %1 in the register of the campus and rooms chosen.</source>
        <extracomment>zh_CN &quot;所选园区和房间的台账中没有资产 %1。&quot;</extracomment>
        <translation>所选园区和房间的台账中没有资产 %1。</translation>
    </message>
    <message>
        <source>Asset labels</source>
        <extracomment>zh_CN &quot;资产标签&quot;</extracomment>
        <translation>资产标签</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>zh_CN &quot;编号&quot;</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <source>Asset name</source>
        <extracomment>zh_CN &quot;资产名称&quot;</extracomment>
        <translation>资产名称</translation>
    </message>
    <message>
        <source>Campus</source>
        <extracomment>zh_CN &quot;园区&quot;</extracomment>
        <translation>园区</translation>
    </message>
    <message>
        <source>Custodian</source>
        <extracomment>zh_CN &quot;保管人&quot;</extracomment>
        <translation>保管人</translation>
    </message>
    <message>
        <source>Only this campus (default: every campus).</source>
        <extracomment>zh_CN &quot;只含这个园区（默认：全部园区）。&quot;</extracomment>
        <translation>只含这个园区（默认：全部园区）。</translation>
    </message>
    <message>
        <source>Rooms</source>
        <extracomment>zh_CN &quot;房间&quot;</extracomment>
        <translation>房间</translation>
    </message>
    <message>
        <source>Only these rooms, separated by commas (default: every room).</source>
        <extracomment>zh_CN &quot;只含这些房间，以逗号或顿号分隔（默认：全部房间）。&quot;</extracomment>
        <translation>只含这些房间，以逗号或顿号分隔（默认：全部房间）。</translation>
    </message>
    <message>
        <source>There is no campus &quot;%1&quot; (campuses: %2).</source>
        <extracomment>zh_CN &quot;没有园区“%1”（园区：%2）。&quot;</extracomment>
        <translation>没有园区“%1”（园区：%2）。</translation>
    </message>
    <message>
        <source>Stocktake sheet (blank)</source>
        <extracomment>zh_CN &quot;资产清点表（空白）&quot;</extracomment>
        <translation>资产清点表（空白）</translation>
    </message>
    <message>
        <source>Stocktake sheet</source>
        <extracomment>zh_CN &quot;资产清点表&quot;</extracomment>
        <translation>资产清点表</translation>
    </message>
    <message>
        <source>Counted on: ________    Counted by: ________</source>
        <extracomment>zh_CN &quot;清点日期：________ 清点人：________&quot;</extracomment>
        <translation>清点日期：________ 清点人：________</translation>
    </message>
    <message>
        <source>Counted (✓)</source>
        <extracomment>zh_CN &quot;实点（✓）&quot;</extracomment>
        <translation>实点（✓）</translation>
    </message>
    <message>
        <source>%1: %2 registered; counted ____</source>
        <extracomment>zh_CN &quot;%1：在册 %2 项；实点 ____ 项&quot;</extracomment>
        <translation>%1：在册 %2 项；实点 ____ 项</translation>
    </message>
    <message>
        <source>[%1]</source>
        <extracomment>zh_CN &quot;【%1】&quot;</extracomment>
        <translation>【%1】</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>未填房间</translation>
    </message>
    <message>
        <source>No registered assets in the campus and rooms chosen.</source>
        <extracomment>zh_CN &quot;所选园区和房间没有在册资产。&quot;</extracomment>
        <translation>所选园区和房间没有在册资产。</translation>
    </message>
    <message>
        <source>%1 assets. Write anything found that is not on the sheet below it (extra).</source>
        <extracomment>zh_CN &quot;共 %1 项。未在表上的实物请在表末另行登记（盘盈）。&quot;</extracomment>
        <translation>共 %1 项。未在表上的实物请在表末另行登记（盘盈）。</translation>
    </message>
    <message>
        <source>Counted by (signature):</source>
        <extracomment>zh_CN &quot;清点人（签字）：&quot;</extracomment>
        <translation>清点人（签字）：</translation>
    </message>
    <message>
        <source>Custodian (signature):</source>
        <translation>保管人（签字）：</translation>
    </message>
    <message>
        <source>Stocktake result</source>
        <extracomment>zh_CN &quot;资产清点结果&quot;</extracomment>
        <translation>资产清点结果</translation>
    </message>
    <message>
        <source>Stocktake ID</source>
        <extracomment>zh_CN &quot;清点记录编号&quot;</extracomment>
        <translation>清点记录编号</translation>
    </message>
    <message>
        <source>The stocktake&apos;s ID (default: the latest).</source>
        <extracomment>zh_CN &quot;要打印的清点记录编号（默认：最近一次）。&quot;</extracomment>
        <translation>要打印的清点记录编号（默认：最近一次）。</translation>
    </message>
    <message>
        <source>--id needs a stocktake&apos;s ID: &quot;%1&quot;.</source>
        <extracomment>zh_CN &quot;--id 应为清点记录的编号：“%1”。&quot;</extracomment>
        <translation>--id 应为清点记录的编号：“%1”。</translation>
    </message>
    <message>
        <source>No stocktake has been recorded yet.</source>
        <extracomment>zh_CN &quot;还没有清点记录。&quot;</extracomment>
        <translation>还没有清点记录。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · counted by %4</source>
        <extracomment>zh_CN &quot;%1 · %2 · %3 · 清点人 %4&quot;</extracomment>
        <translation>%1 · %2 · %3 · 清点人 %4</translation>
    </message>
    <message>
        <source>whole campus</source>
        <extracomment>zh_CN &quot;全园区&quot;</extracomment>
        <translation>全园区</translation>
    </message>
    <message>
        <source>Registered at</source>
        <extracomment>zh_CN &quot;在册位置&quot;</extracomment>
        <translation>在册位置</translation>
    </message>
    <message>
        <source>%1 subtotal: %2</source>
        <extracomment>zh_CN &quot;%1 小计：%2 项&quot;</extracomment>
        <translation>%1 小计：%2 项</translation>
    </message>
    <message>
        <source>Found %1, missing %2, extra %3 (moved %4, unknown %5).</source>
        <extracomment>zh_CN &quot;相符 %1 项，盘亏 %2 项，盘盈 %3 项（位置不符 %4，账外 %5）。&quot;</extracomment>
        <translation>相符 %1 项，盘亏 %2 项，盘盈 %3 项（位置不符 %4，账外 %5）。</translation>
    </message>
    <message>
        <source>%1 has no option --%2.</source>
        <extracomment>zh_CN &quot;%1 没有选项 --%2。&quot;</extracomment>
        <translation>%1 没有选项 --%2。</translation>
    </message>
    <message>
        <source>Weekly facility inspection sheet</source>
        <extracomment>zh_CN &quot;设施设备每周检查表&quot;</extracomment>
        <translation>设施设备每周检查表</translation>
    </message>
    <message>
        <source>No facility checks were recorded in this week.</source>
        <extracomment>zh_CN &quot;本周没有设施设备检查记录。&quot;</extracomment>
        <translation>本周没有设施设备检查记录。</translation>
    </message>
    <message>
        <source>The weekly facility inspection sheet needs a week, such as 2026-W47.</source>
        <extracomment>zh_CN &quot;设施设备每周检查表需要指定一周，例如 2026-W47。&quot;</extracomment>
        <translation>设施设备每周检查表需要指定一周，例如 2026-W47。</translation>
    </message>
    <message>
        <source>Monthly water and electricity use</source>
        <extracomment>zh_CN &quot;水电用量月报&quot;</extracomment>
        <translation>水电用量月报</translation>
    </message>
    <message>
        <source>Meter</source>
        <extracomment>zh_CN &quot;表&quot;</extracomment>
        <translation>表</translation>
    </message>
    <message>
        <source>Unit</source>
        <extracomment>zh_CN &quot;单位&quot;</extracomment>
        <translation>单位</translation>
    </message>
    <message>
        <source>Total use</source>
        <extracomment>zh_CN &quot;合计用量&quot;</extracomment>
        <translation>合计用量</translation>
    </message>
    <message>
        <source>Water total</source>
        <translation>用水合计</translation>
    </message>
    <message>
        <source>Electricity total</source>
        <translation>用电合计</translation>
    </message>
    <message>
        <source>No meter readings were recorded in these months.</source>
        <extracomment>zh_CN &quot;这段时间没有水电抄表记录。&quot;</extracomment>
        <translation>这段时间没有水电抄表记录。</translation>
    </message>
    <message>
        <source>A month&apos;s use is the sum of the uses of that month&apos;s readings (the difference from the reading before; a replaced or reset meter&apos;s reading counts as itself).</source>
        <translation>每月用量为当月各次抄表的用量之和（与上次读数之差；换表或归零的读数计其本身）。</translation>
    </message>
    <message>
        <source>Compiled by (signature):</source>
        <extracomment>zh_CN &quot;统计人（签字）：&quot;</extracomment>
        <translation>统计人（签字）：</translation>
    </message>
    <message>
        <source>%1 (repair #%2)</source>
        <extracomment>zh_CN &quot;%1（报修 #%2）&quot;</extracomment>
        <translation>%1（报修 #%2）</translation>
    </message>
    <message>
        <source>Audit %1</source>
        <extracomment>The audit trail&apos;s chain head in a printout&apos;s footer. zh_CN &quot;操作记录 %1&quot;</extracomment>
        <translation>操作记录 %1</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Director</source>
        <extracomment>zh_CN &quot;园长 / 后勤主任&quot;</extracomment>
        <translation>园长 / 后勤主任</translation>
    </message>
    <message>
        <source>Health teacher</source>
        <extracomment>zh_CN &quot;保健老师&quot;</extracomment>
        <translation>保健老师</translation>
    </message>
    <message>
        <source>Canteen leader</source>
        <extracomment>zh_CN &quot;食堂组长&quot;</extracomment>
        <translation>食堂组长</translation>
    </message>
    <message>
        <source>Admin clerk</source>
        <extracomment>zh_CN &quot;文员&quot;</extracomment>
        <translation>文员</translation>
    </message>
    <message>
        <source>Guard</source>
        <extracomment>zh_CN &quot;门卫&quot;</extracomment>
        <translation>门卫</translation>
    </message>
    <message>
        <source>Staff</source>
        <extracomment>zh_CN &quot;教职工&quot;</extracomment>
        <translation>教职工</translation>
    </message>
</context>
<context>
    <name>SafetyExtensions</name>
    <message>
        <source>Could not register the hazards</source>
        <translation>无法登记隐患</translation>
    </message>
    <message numerus="yes">
        <source>Registered %n hazard(s): no. %1. Assign them in Hazards and rectification.</source>
        <translation>
            <numerusform>已登记 %n 条隐患：编号 %1。请在“隐患排查整改”中指派整改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Register hazards for problems</source>
        <translation>问题登记隐患</translation>
    </message>
    <message>
        <source>Opens a hazard in the rectification register for each problem (a failed item, a problem found on a round) of the selected record that has none yet, and links the two.</source>
        <translation>为所选记录中每个尚未登记的问题（不合格项、巡查发现的问题）在隐患整改台账中登记一条隐患，并互相关联。</translation>
    </message>
    <message numerus="yes">
        <source>Every problem has its hazard already (%n item(s)).</source>
        <translation>
            <numerusform>每个问题都已登记隐患（%n 项）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reported %n repair(s): no. %1. Dispatch them in Repair requests.</source>
        <translation>
            <numerusform>已报修 %n 项：%1 号。请在维修申报单中派工。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every problem has been sent to repair or registered already.</source>
        <extracomment>zh_CN &quot;每个问题都已报修或登记隐患。&quot;</extracomment>
        <translation>每个问题都已报修或登记隐患。</translation>
    </message>
    <message>
        <source>Could not send the problems on</source>
        <extracomment>zh_CN &quot;无法报修或登记隐患&quot;</extracomment>
        <translation>无法报修或登记隐患</translation>
    </message>
    <message>
        <source>Repair or register problems</source>
        <extracomment>zh_CN &quot;问题报修或登记隐患&quot;</extracomment>
        <translation>问题报修或登记隐患</translation>
    </message>
    <message>
        <source>For each failed item of the selected record not yet handled, choose a repair request or a hazard in the register, and link the two.</source>
        <extracomment>zh_CN &quot;为所选记录中每个尚未处理的不合格项选择报修（维修申报单）或登记隐患（隐患整改台账），并互相关联。&quot;</extracomment>
        <translation>为所选记录中每个尚未处理的不合格项选择报修（维修申报单）或登记隐患（隐患整改台账），并互相关联。</translation>
    </message>
</context>
<context>
    <name>SeasonalDishes</name>
    <message>
        <source>%1 falls in month %2, not in month %3.</source>
        <translation>%1在 %2 月，不在 %3 月。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Main campus</source>
        <translation>本园</translation>
    </message>
    <message>
        <source>Setting %1 has an unreadable value &quot;%2&quot;; the default is used.</source>
        <translation>设置项 %1 的值“%2”无法识别，已使用默认值。</translation>
    </message>
    <message>
        <source>Enter the kindergarten&apos;s name.</source>
        <translation>请填写幼儿园名称。</translation>
    </message>
    <message>
        <source>The name is too long (at most 100 characters).</source>
        <translation>名称太长（最多 100 个字）。</translation>
    </message>
    <message>
        <source>Enter at least one campus.</source>
        <translation>请至少填写一个园区。</translation>
    </message>
    <message>
        <source>Campus &quot;%1&quot; is listed twice.</source>
        <translation>园区“%1”重复了。</translation>
    </message>
    <message>
        <source>The minimum sample weight must be between 50 g and 500 g.</source>
        <translation>最低留样重量须在 50 克到 500 克之间。</translation>
    </message>
    <message>
        <source>The hold time must be between 24 and 168 hours.</source>
        <translation>留样时长须在 24 到 168 小时之间。</translation>
    </message>
    <message>
        <source>The fridge range&apos;s upper limit must be above its lower limit.</source>
        <translation>冰箱温度上限必须高于下限。</translation>
    </message>
    <message>
        <source>The fridge range must lie between -30 °C and 20 °C.</source>
        <translation>冰箱温度范围须在 -30 °C 到 20 °C 之间。</translation>
    </message>
    <message>
        <source>The pesticide test threshold must be between 10% and 90%.</source>
        <translation>农残检测不合格限值须在 10% 至 90% 之间。</translation>
    </message>
    <message>
        <source>The health certificate warning must be between 1 and 180 days.</source>
        <translation>健康证到期提醒须在 1 至 180 天之间。</translation>
    </message>
    <message>
        <source>The supplier licence warning must be between 1 and 180 days.</source>
        <translation>供应商证照到期提醒须在 1 至 180 天之间。</translation>
    </message>
    <message>
        <source>The fever threshold must be between 37.0 °C and 38.5 °C.</source>
        <translation>发热体温限值须在 37.0 °C 至 38.5 °C 之间。</translation>
    </message>
    <message>
        <source>The canteen account tolerance must be between 0% and 20%.</source>
        <translation>伙食收支结余限度须在 0% 至 20% 之间。</translation>
    </message>
    <message>
        <source>The earliest year of records must be between 1900 and 2100.</source>
        <translation>记录日期的最早年份必须在 1900 到 2100 之间。</translation>
    </message>
    <message>
        <source>Dates may lie between 1 and 100 years ahead, not %1.</source>
        <translation>日期最多可以晚于今天 1 到 100 年，不能是 %1 年。</translation>
    </message>
    <message>
        <source>A visitor check is a short name (at most 20 characters): &quot;%1&quot;.</source>
        <translation>来访查验项目应为简短名称（不超过 20 个字）：“%1”。</translation>
    </message>
    <message>
        <source>Visitor check &quot;%1&quot; is listed twice.</source>
        <translation>来访查验项目“%1”重复。</translation>
    </message>
    <message>
        <source>The daily walk-throughs need three round times.</source>
        <extracomment>zh_CN &quot;一日三巡需要三个巡查时间。&quot;</extracomment>
        <translation>一日三巡需要三个巡查时间。</translation>
    </message>
    <message>
        <source>Round %1&apos;s time is not a time of day.</source>
        <extracomment>zh_CN &quot;第 %1 巡的时间无效。&quot;</extracomment>
        <translation>第 %1 巡的时间无效。</translation>
    </message>
    <message>
        <source>Round %1 (%2) must come after round %3 (%4).</source>
        <extracomment>zh_CN &quot;第 %1 巡的时间（%2）必须晚于第 %3 巡（%4）。&quot;</extracomment>
        <translation>第 %1 巡的时间（%2）必须晚于第 %3 巡（%4）。</translation>
    </message>
    <message>
        <source>A fixed asset threshold must be between 100.00 and 100,000.00 yuan.</source>
        <translation>固定资产标准须在 100.00 至 100,000.00 元之间。</translation>
    </message>
    <message>
        <source>The special equipment threshold cannot be below the general fixed asset threshold.</source>
        <translation>专用设备的标准不能低于一般固定资产标准。</translation>
    </message>
    <message>
        <source>Write an asset code prefix as campus=prefix, with a campus of the list and 1 to 6 capital letters or digits: &quot;%1&quot;.</source>
        <translation>资产编号前缀请写成“园区=前缀”，园区须在园区列表中，前缀为 1 至 6 位大写字母或数字：“%1”。</translation>
    </message>
    <message>
        <source>Two campuses have the asset code prefix &quot;%1&quot;.</source>
        <translation>两个园区使用了同一资产编号前缀“%1”。</translation>
    </message>
    <message>
        <source>Rubric line %1 &quot;%2&quot; is not an item and its weight, such as 出勤纪律=20.</source>
        <translation>考核细则第 %1 行“%2”不是“项目=权重”，如 出勤纪律=20。</translation>
    </message>
    <message>
        <source>Enter at least one appraisal item.</source>
        <translation>请至少填写一个考核项目。</translation>
    </message>
    <message>
        <source>An appraisal item is a short name (at most 20 characters): &quot;%1&quot;.</source>
        <translation>考核项目名称不超过 20 个字：“%1”。</translation>
    </message>
    <message>
        <source>Appraisal item &quot;%1&quot; is listed twice.</source>
        <translation>考核项目“%1”重复。</translation>
    </message>
    <message>
        <source>The weight of &quot;%1&quot; must be above 0% and at most 100%.</source>
        <translation>“%1”的权重须大于 0% 且不超过 100%。</translation>
    </message>
    <message>
        <source>The appraisal weights total %1%; they must total 100%.</source>
        <translation>考核权重合计 %1%，须为 100%。</translation>
    </message>
    <message>
        <source>The exam&apos;s pass mark must be between 0 and 100.</source>
        <translation>及格分须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>The appraisal grades must rise: 0 &lt; 合格 &lt; 良好 &lt; 优秀 ≤ 100 (now %1, %2, %3).</source>
        <translation>等级分数线须递增：0 &lt; 合格 &lt; 良好 &lt; 优秀 ≤ 100（现为 %1、%2、%3）。</translation>
    </message>
    <message>
        <source>The drill reminder&apos;s month of the quarter must be between %1 and %2.</source>
        <translation>演练提醒的季度月份必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>The agreements reminder&apos;s teaching week must be between %1 and %2.</source>
        <translation>责任书提醒的教学周必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>The safety education reminder&apos;s day of the month must be between %1 and %2.</source>
        <translation>安全教育提醒的日期必须在每月 %1 日到 %2 日之间。</translation>
    </message>
    <message>
        <source>The study interval must be between %1 and %2 days.</source>
        <translation>业务学习间隔必须在 %1 到 %2 天之间。</translation>
    </message>
    <message>
        <source>The exam reminder must start between %1 and %2 days before the month&apos;s end.</source>
        <translation>月考提醒必须在月末前 %1 到 %2 天之间开始。</translation>
    </message>
    <message>
        <source>The appraisal reminder&apos;s day of the month must be between %1 and %2.</source>
        <translation>月考核提醒的日期必须在每月 %1 日到 %2 日之间。</translation>
    </message>
    <message>
        <source>The wait for an urgent repair must be between %1 and %2 days.</source>
        <translation>紧急报修派工时限必须在 %1 到 %2 天之间。</translation>
    </message>
    <message>
        <source>The time to finish a repair must be between %1 and %2 days.</source>
        <translation>报修完成时限必须在 %1 到 %2 天之间。</translation>
    </message>
    <message>
        <source>The loans&apos; return week must be between %1 and %2.</source>
        <translation>借出物品归还提醒周必须在第 %1 到第 %2 周之间。</translation>
    </message>
    <message>
        <source>The canteen account reminder&apos;s day of the month must be between %1 and %2.</source>
        <translation>伙食账目公示提醒的日期必须在每月 %1 日到 %2 日之间。</translation>
    </message>
    <message>
        <source>The menu reminder&apos;s weekday must be between %1 (Monday) and %2 (Sunday).</source>
        <translation>食谱提醒的星期必须在 %1（星期一）到 %2（星期日）之间。</translation>
    </message>
    <message>
        <source>The window must lock after between %1 and %2 minutes without use.</source>
        <extracomment>zh_CN &quot;自动锁定时间必须在 %1 到 %2 分钟之间。&quot;</extracomment>
        <translation>自动锁定时间必须在 %1 到 %2 分钟之间。</translation>
    </message>
    <message>
        <source>A stocktake week must be from week 1 to week 30 (not %1).</source>
        <extracomment>zh_CN &quot;资产清点周次须在第 1 至第 30 周之间（现为 %1）。&quot;</extracomment>
        <translation>资产清点周次须在第 1 至第 30 周之间（现为 %1）。</translation>
    </message>
    <message>
        <source>The backup folder is not a usable path: &quot;%1&quot;.</source>
        <extracomment>zh_CN &quot;备份文件夹不是可用的路径：“%1”。&quot;</extracomment>
        <translation>备份文件夹不是可用的路径：“%1”。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>幼儿园</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Campuses:</source>
        <translation>园区(&amp;C)：</translation>
    </message>
    <message>
        <source>One campus per line.</source>
        <translation>每行一个园区。</translation>
    </message>
    <message>
        <source>Food samples</source>
        <translation>食品留样</translation>
    </message>
    <message>
        <source>Minimum &amp;weight per dish:</source>
        <translation>每道菜最少留样量(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Hold time:</source>
        <translation>留样时长(&amp;H)：</translation>
    </message>
    <message>
        <source>Sample &amp;fridge range:</source>
        <translation>留样冰箱温度范围(&amp;F)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Semester:</source>
        <translation>学期：</translation>
    </message>
    <message>
        <source>Canteen and health rules</source>
        <translation>食堂与保健规则</translation>
    </message>
    <message>
        <source>&amp;Pesticide test positive from:</source>
        <translation>农残检测不合格线（抑制率≥）(&amp;P)：</translation>
    </message>
    <message>
        <source>Warn before a &amp;health certificate expires:</source>
        <translation>健康证到期提前提醒(&amp;H)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Warn before a supplier &amp;licence expires:</source>
        <translation>供应商证照到期提前提醒(&amp;L)：</translation>
    </message>
    <message>
        <source>Canteen account &amp;surplus or deficit within:</source>
        <translation>伙食收支盈亏控制在(&amp;S)：</translation>
    </message>
    <message>
        <source>Record &amp;dates from:</source>
        <translation>记录日期范围(&amp;D)：</translation>
    </message>
    <message>
        <source>Dates before 1 January of this year are refused as typing errors.</source>
        <translation>早于该年 1 月 1 日的日期一律视为输入错误，不予保存。</translation>
    </message>
    <message>
        <source> years ahead</source>
        <translation> 年后</translation>
    </message>
    <message>
        <source>Dates further ahead than this are refused as typing errors.</source>
        <translation>晚于此范围的日期一律视为输入错误，不予保存。</translation>
    </message>
    <message>
        <source>&amp;Fever from (morning checks, visitors):</source>
        <translation>发热标准（晨检、来访）(&amp;F)：</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>&amp;Visitor checks:</source>
        <translation>来访查验项目(&amp;V)：</translation>
    </message>
    <message>
        <source>None (e.g. 健康码、疫苗接种)</source>
        <translation>无（例如 健康码、疫苗接种）</translation>
    </message>
    <message>
        <source>What the gate checks of each visitor besides the temperature, separated by 、 or commas. The visitor form offers one box per check.</source>
        <translation>门卫对来访人员除体温以外还要查验的项目，用顿号或逗号分隔。来访登记表单中每项显示一个勾选框。</translation>
    </message>
    <message>
        <source>Staff and training</source>
        <translation>队伍建设</translation>
    </message>
    <message>
        <source>Daily &amp;rounds due by:</source>
        <translation>每日巡查时间(&amp;R)：</translation>
    </message>
    <message>
        <source>The first round (第一巡) counts as missing on the overview from this time on.</source>
        <translation>过了这个时间仍未记录第一巡，总览会提醒。</translation>
    </message>
    <message>
        <source>The second round (第二巡) counts as missing on the overview from this time on.</source>
        <translation>过了这个时间仍未记录第二巡，总览会提醒。</translation>
    </message>
    <message>
        <source>The third round (第三巡) counts as missing on the overview from this time on.</source>
        <translation>过了这个时间仍未记录第三巡，总览会提醒。</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>&amp;Fixed asset from:</source>
        <translation>固定资产标准(&amp;F)：</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>An asset whose unit price is at least this is a fixed asset (固定资产), below it a low-value consumable (低值易耗品).</source>
        <translation>单价达到此金额的资产为固定资产，低于此金额为低值易耗品。</translation>
    </message>
    <message>
        <source>Special &amp;equipment from:</source>
        <translation>专用设备标准(&amp;E)：</translation>
    </message>
    <message>
        <source>The fixed asset threshold of the special equipment category (专用设备).</source>
        <translation>专用设备类资产的固定资产标准。</translation>
    </message>
    <message>
        <source>Asset code &amp;prefixes:</source>
        <translation>资产编号前缀(&amp;P)：</translation>
    </message>
    <message>
        <source>A1, A2… by campus (e.g. 滨豪校区=BH、新港校区=XG)</source>
        <translation>按园区为 A1、A2…（例如 滨豪园区=BH、新港园区=XG）</translation>
    </message>
    <message>
        <source>The start of each campus&apos;s asset codes, as campus=prefix, separated by 、 or commas. A campus without one gets A and its place in the campus list.</source>
        <translation>各园区资产编号的开头，写成“园区=前缀”，用、或逗号分隔。未设置的园区使用 A 加其在园区列表中的序号。</translation>
    </message>
    <message>
        <source>Exam &amp;pass mark:</source>
        <translation>考试及格分(&amp;P)：</translation>
    </message>
    <message>
        <source>Appraisal &amp;rubric:</source>
        <translation>考核细则(&amp;R)：</translation>
    </message>
    <message>
        <source>Each item with its weight in percent, separated by 、 or commas, e.g. 出勤纪律 20、岗位职责 30. The weights must total 100%.</source>
        <translation>每项写名称和权重（%），用“、”或逗号分隔，如 出勤纪律 20、岗位职责 30。权重合计须为 100%。</translation>
    </message>
    <message>
        <source>&amp;Grades from (优秀, 良好, 合格):</source>
        <translation>等级分数线（优秀、良好、合格）(&amp;G)：</translation>
    </message>
    <message>
        <source>Canteen and health</source>
        <translation>食堂与保健</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Next week&apos;s &amp;menu from:</source>
        <translation>下周食谱提醒(&amp;M)：</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一起</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二起</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三起</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四起</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五起</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六起</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日起</translation>
    </message>
    <message>
        <source>The overview asks for next week&apos;s menu from this weekday on.</source>
        <translation>从每周这一天起，总览提醒公示下周食谱。</translation>
    </message>
    <message>
        <source>Last month&apos;s &amp;account from:</source>
        <translation>上月伙食账目公示提醒(&amp;A)：</translation>
    </message>
    <message>
        <source>day </source>
        <translation>每月 </translation>
    </message>
    <message>
        <source> of the month</source>
        <translation> 日起</translation>
    </message>
    <message>
        <source>The overview asks for last month&apos;s canteen account to be published from this day of the month on (once the books are closed).</source>
        <translation>从每月这一天起（账目结清后），总览提醒公示上月伙食收支。</translation>
    </message>
    <message>
        <source>&amp;Drill reminder from:</source>
        <translation>应急演练提醒(&amp;D)：</translation>
    </message>
    <message>
        <source>month </source>
        <translation>每季度第 </translation>
    </message>
    <message>
        <source> of each quarter</source>
        <translation> 个月起</translation>
    </message>
    <message>
        <source>At least one emergency drill a quarter: the overview reminds from this month of the quarter on while none is recorded.</source>
        <translation>每季度至少演练一次：从季度的这个月起，本季度还没有演练记录时总览提醒。</translation>
    </message>
    <message>
        <source>&amp;Agreements reminder from:</source>
        <translation>安全责任书提醒(&amp;A)：</translation>
    </message>
    <message>
        <source>week </source>
        <translation>第 </translation>
    </message>
    <message>
        <source> of the semester</source>
        <translation> 教学周起</translation>
    </message>
    <message>
        <source>The overview names staff without this semester&apos;s responsibility agreement from this teaching week on.</source>
        <translation>从这个教学周起，总览列出本学期还没有签责任书的教职工。</translation>
    </message>
    <message>
        <source>Safety &amp;education reminder from:</source>
        <translation>安全教育提醒(&amp;E)：</translation>
    </message>
    <message>
        <source>The overview names classes without this month&apos;s safety education from this day of the month on.</source>
        <translation>从每月这一天起，总览列出本月还没有开展安全教育的班级。</translation>
    </message>
    <message>
        <source>&amp;Study at least every:</source>
        <translation>业务学习间隔(&amp;S)：</translation>
    </message>
    <message>
        <source>The overview warns when no study session lies in this many days up to today (fortnightly study: 14).</source>
        <translation>截至今天的这么多天内没有业务学习时，总览提醒（每两周一次即 14 天）。</translation>
    </message>
    <message>
        <source>E&amp;xam reminder in the month&apos;s last:</source>
        <translation>月考提醒：月末最后(&amp;X)</translation>
    </message>
    <message>
        <source>The overview reminds of the month&apos;s exam in the month&apos;s last days while none is recorded.</source>
        <translation>每月最后这几天，本月还没有考试记录时总览提醒。</translation>
    </message>
    <message>
        <source>Appraisal &amp;reminder from:</source>
        <translation>月考核提醒(&amp;R)：</translation>
    </message>
    <message>
        <source>The overview names staff without this month&apos;s appraisal from this day of the month on.</source>
        <translation>从每月这一天起，总览列出本月还没有考核的教职工。</translation>
    </message>
    <message>
        <source>&amp;Urgent repairs dispatched within:</source>
        <translation>紧急报修派工时限(&amp;U)：</translation>
    </message>
    <message>
        <source>An urgent repair not dispatched after this many days is raised as critical on the overview.</source>
        <translation>紧急报修超过这么多天还没派工，总览以红色提醒。</translation>
    </message>
    <message>
        <source>Repairs &amp;finished within:</source>
        <translation>报修完成时限(&amp;F)：</translation>
    </message>
    <message>
        <source>A repair not done after this many days is raised on the overview.</source>
        <translation>报修超过这么多天还没修好，总览提醒。</translation>
    </message>
    <message>
        <source>&amp;Loans back from:</source>
        <translation>借出物品归还提醒(&amp;L)：</translation>
    </message>
    <message>
        <source>From this teaching week to the end of term every loan still out is raised (the plan has them back in week 20).</source>
        <translation>从这个教学周到学期结束，所有还未归还的借出物品都会提醒（计划要求第 20 周收回）。</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>自动锁定(&amp;L)：</translation>
    </message>
    <message>
        <source> minutes without use</source>
        <translation> 分钟无操作后</translation>
    </message>
    <message>
        <source>On a shared PC the window locks after this long without keyboard or mouse input; the same user&apos;s password opens it again. Ctrl+L locks at once.</source>
        <translation>公用电脑上，超过这段时间没有键盘或鼠标操作，窗口自动锁定，输入本人密码才能继续。按 Ctrl+L 立即锁定。</translation>
    </message>
    <message>
        <source>Stoc&amp;ktake in weeks:</source>
        <translation>资产清点周次(&amp;K)：</translation>
    </message>
    <message>
        <source>5,20</source>
        <translation>5,20</translation>
    </message>
    <message>
        <source>The teaching weeks in which each campus counts its assets; the overview reminds a campus without a stocktake that week.</source>
        <translation>各园区清点资产的教学周；当周未清点的园区会在总览中提醒。</translation>
    </message>
    <message>
        <source>&amp;Backups in:</source>
        <translation>备份位置(&amp;B)：</translation>
    </message>
    <message>
        <source>A folder on a USB stick or a network share keeps the backups safe when this PC fails.</source>
        <translation>把备份放在 U 盘或网络共享上，这台电脑坏了备份也不会丢。</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>A backup is made each day the database is opened, and before an upgrade. Kept: the last 7 days, 4 weeks and 12 months.</source>
        <translation>每天打开数据库时以及升级前都会自动备份。保留最近 7 天、4 周和 12 个月的备份。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. 刘园长</source>
        <translation>例如 刘园长</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>至少 8 位</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再输一遍(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>Stocktakes</name>
    <message>
        <source>Say whether an extra asset was moved or unknown.</source>
        <translation>请注明盘盈是位置不符还是账外。</translation>
    </message>
    <message>
        <source>Only an extra asset is moved or unknown.</source>
        <translation>只有盘盈才分位置不符或账外。</translation>
    </message>
    <message>
        <source>A missing asset was not scanned.</source>
        <translation>盘亏的资产不应有扫码时间。</translation>
    </message>
    <message>
        <source>Code %1 is listed twice.</source>
        <translation>编号 %1 重复。</translation>
    </message>
    <message>
        <source>Asset %1 is no longer in the register.</source>
        <translation>台账中已没有资产 %1。</translation>
    </message>
    <message>
        <source>Not found at the stocktake of %1</source>
        <extracomment>zh_CN &quot;%1 清点未找到&quot;</extracomment>
        <translation>%1 清点未找到</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Houqin (schema %2; this version knows up to %3). Install the newer version to open it.</source>
        <translation>%1 由更新版本的后勤系统写入（结构版本 %2，本版本最高支持 %3）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>Table %1, row %2 points to a missing row in %3.</source>
        <translation>表 %1 第 %2 行指向 %3 中不存在的行。</translation>
    </message>
    <message>
        <source>Upgrading the database failed at %1: %2</source>
        <translation>数据库升级在 %1 处失败：%2</translation>
    </message>
    <message>
        <source>Missing migration %1</source>
        <translation>缺少升级脚本 %1</translation>
    </message>
    <message>
        <source>The database is in use by another program. Try again in a moment.</source>
        <translation>数据库正被其他程序使用，请稍后再试。</translation>
    </message>
    <message>
        <source>%1 #%2 does not exist (it may have been deleted).</source>
        <translation>%1 #%2 不存在（可能已被删除）。</translation>
    </message>
    <message>
        <source>%1: the table %2 is missing.</source>
        <translation>%1：缺少数据表 %2。</translation>
    </message>
    <message>
        <source>%1: the column %2 of table %3 is missing.</source>
        <translation>%1：数据表 %3 缺少栏目 %2。</translation>
    </message>
    <message>
        <source>%1, row %2, %3: %4 (stored: &quot;%5&quot;)</source>
        <translation>%1，第 %2 条记录，%3：%4（保存的值：“%5”）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>……另有 %n 处问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The database refused this change (%1).</source>
        <translation>数据库拒绝了这次修改（%1）。</translation>
    </message>
    <message>
        <source>The database file cannot be written (it or its folder is read-only), so nothing was saved. Check the file&apos;s permissions, or copy it to a folder you may write to.</source>
        <translation>数据库文件无法写入（文件或所在文件夹是只读的），所以什么也没有保存。请检查文件权限，或把它复制到可以写入的文件夹。</translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing more was written to it. Restore it from the newest backup, or run &quot;houqin check&quot; to see what is damaged.</source>
        <translation>数据库文件已损坏，没有再向其中写入任何内容。请用最新的备份恢复，或运行“houqin check”查看损坏之处。</translation>
    </message>
    <message>
        <source>The file is not a database that Houqin can read.</source>
        <translation>这个文件不是后勤系统能读取的数据库。</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>磁盘已满，什么也没有保存。请腾出空间后再试。</translation>
    </message>
    <message>
        <source>The database file could not be read or written (a disk or network error). Nothing was saved; check the disk or the network share and try again.</source>
        <translation>数据库文件无法读写（磁盘或网络出错），什么也没有保存。请检查磁盘或网络共享后再试。</translation>
    </message>
    <message>
        <source>The database file cannot be opened. Check that its folder exists and may be written.</source>
        <translation>无法打开数据库文件。请检查所在文件夹是否存在、是否可以写入。</translation>
    </message>
    <message>
        <source>The computer ran out of memory; nothing was saved.</source>
        <translation>电脑内存不足，什么也没有保存。</translation>
    </message>
    <message>
        <source>The database refused this change.</source>
        <translation>数据库拒绝了这次修改。</translation>
    </message>
    <message>
        <source>A database operation failed (SQLite error %1).</source>
        <translation>数据库操作失败（SQLite 错误代码 %1）。</translation>
    </message>
    <message>
        <source>%1 #%2 is not yours to see.</source>
        <translation>%1 #%2 不是您的记录，无权查看。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written, so %2 cannot be created there.</source>
        <translation>文件夹 %1 不可写，无法在其中创建 %2。</translation>
    </message>
    <message>
        <source>set it up or upgrade it for this version of Houqin</source>
        <translation>为此版本的后勤系统初始化或升级它</translation>
    </message>
    <message>
        <source>%1 is not a Houqin database (it is not a SQLite file). Check that you chose the right file: Houqin&apos;s database is usually called houqin.sqlite.</source>
        <translation>%1 不是后勤系统数据库（它不是 SQLite 文件）。请确认选对了文件：后勤系统的数据库通常名为 houqin.sqlite。</translation>
    </message>
    <message>
        <source>it is shorter than its own header says (cut short, perhaps by an interrupted copy)</source>
        <translation>文件比其文件头记录的短（被截断，可能是复制中断所致）</translation>
    </message>
    <message>
        <source>its first bytes, where the file describes itself, are damaged</source>
        <translation>文件开头记录自身信息的部分已损坏</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. Houqin has not changed it. Use your newest backup instead, and keep the damaged file: it may still be repaired.</source>
        <translation>%1 已损坏：%2。后勤系统没有改动它。请改用最新的备份，并保留这个损坏的文件，它也许还能修复。</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not of Houqin. Houqin has not changed it. Check that you chose the right file.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是后勤系统的。后勤系统没有改动它。请确认选对了文件。</translation>
    </message>
    <message>
        <source>%1 is in use by another program, which keeps it locked. Close Houqin (or the other program) where the file is open, then try again.</source>
        <translation>%1 正被另一个程序使用并锁定。请关闭打开该文件的后勤系统（或其他程序）后再试。</translation>
    </message>
    <message>
        <source>%1 is open read-only (the file or its folder cannot be written), so Houqin cannot %2. Ask for write access, or copy the file to a folder you may write to.</source>
        <translation>%1 以只读方式打开（文件或其所在文件夹不可写），因此无法%2。请申请写入权限，或把文件复制到可以写入的文件夹。</translation>
    </message>
    <message>
        <source>Read-only: %1 is open for reading only (the file or its folder cannot be written, or it is a backup opened instead of a damaged file). You can look, search, print and export; nothing can be changed.</source>
        <translation>只读：%1 仅供查看（文件或其所在文件夹不可写，或这是代替损坏文件打开的备份）。可以查看、搜索、打印和导出，但不能做任何修改。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so %2 cannot be opened. Check the path, or create the folder first.</source>
        <translation>文件夹 %1 不存在，因此无法打开 %2。请检查路径，或先创建该文件夹。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Houqin database. Name the database file in it, for example %2.</source>
        <translation>%1 是文件夹，不是后勤系统数据库。请指定其中的数据库文件，例如 %2。</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which does not exist. Check the link, or name the database file itself.</source>
        <translation>%1 是指向 %2 的链接，但该文件不存在。请检查链接，或直接指定数据库文件本身。</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it holds no Houqin data. If it should hold your records, use your newest backup; to start a new database, name a file that does not exist yet.</source>
        <translation>%1 是空文件（0 字节），其中没有后勤系统的数据。如果它本应保存你的记录，请改用最新的备份；如要新建数据库，请指定一个尚不存在的文件名。</translation>
    </message>
    <message>
        <source>%1 has a rollback journal beside it (%2) that is not its own: Houqin keeps its changes in a -wal file. Opening the database would copy that journal into it, so Houqin has not opened it. Move %2 to another folder, then try again.</source>
        <translation>%1 旁边有一个不属于它的回滚日志文件（%2）：后勤系统的改动保存在 -wal 文件中，打开数据库会把该日志写入数据库，因此没有打开它。请把 %2 移到其他文件夹后再试。</translation>
    </message>
    <message>
        <source>SQLite cannot read it</source>
        <translation>SQLite 无法读取它</translation>
    </message>
    <message>
        <source>SQLite&apos;s check found pages it cannot read</source>
        <translation>SQLite 检查发现有无法读取的数据页</translation>
    </message>
</context>
<context>
    <name>Suppliers</name>
    <message>
        <source>The licence expired on %1: ask the supplier for the renewed licence.</source>
        <translation>许可证已于 %1 过期，请向供应商索取新证。</translation>
    </message>
    <message>
        <source>Keep the supplier&apos;s licence number on file.</source>
        <translation>请登记供应商的许可证号。</translation>
    </message>
</context>
<context>
    <name>TaskActions</name>
    <message>
        <source>Could not open the task</source>
        <translation>无法打开该任务</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>Save it again from Excel or WPS as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>请用 Excel 或 WPS 另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
        <source>The file is UTF-8 text up to this row, where a byte is not UTF-8 (the file is damaged or mixes two encodings). </source>
        <translation>文件在此行之前是 UTF-8 文本，此行有不属于 UTF-8 的字节（文件已损坏或混用了两种编码）。</translation>
    </message>
    <message>
        <source>The file is UTF-16 text up to this row, where a character is broken (the file is damaged or cut off). </source>
        <translation>文件在此行之前是 UTF-16 文本，此行有残缺的字符（文件已损坏或不完整）。</translation>
    </message>
    <message>
        <source>This row has a byte that is not text in UTF-8, UTF-16 or GB18030 (GBK): the file is damaged or is not a text file. </source>
        <translation>此行有既不是 UTF-8、UTF-16 也不是 GB18030（GBK）文本的字节：文件已损坏或不是文本文件。</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>The month is given by its first day, such as %1.</source>
        <translation>月份请填该月第一天，如 %1。</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 重复列出。</translation>
    </message>
    <message>
        <source>The items&apos; weights total %1%; they must total 100%.</source>
        <translation>各项权重合计 %1%，须为 100%。</translation>
    </message>
    <message>
        <source>The exam&apos;s date must lie in its month.</source>
        <translation>考试日期须在所属月份内。</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>The password could not be protected (not enough memory).</source>
        <translation>无法加密保存密码（内存不足）。</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>A user name has at most 40 characters and no spaces at either end.</source>
        <translation>用户名最多 40 个字，首尾不能有空格。</translation>
    </message>
    <message>
        <source>A user name cannot contain invisible characters.</source>
        <translation>用户名不能含有看不见的字符。</translation>
    </message>
    <message>
        <source>A password has at least 8 characters.</source>
        <translation>密码至少 8 位。</translation>
    </message>
    <message>
        <source>A password has at most 128 characters.</source>
        <translation>密码最多 128 位。</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>密码不能全是空格。</translation>
    </message>
    <message>
        <source>Choose one of the roles.</source>
        <translation>请选择一个角色。</translation>
    </message>
    <message>
        <source>There is already a user called %1.</source>
        <translation>已经有名为 %1 的用户。</translation>
    </message>
    <message>
        <source>There is no user called %1.</source>
        <translation>没有名为 %1 的用户。</translation>
    </message>
    <message>
        <source>The account %1 is disabled; ask the director.</source>
        <translation>账号 %1 已停用，请找园长。</translation>
    </message>
    <message>
        <source>The account %1 is locked after %2 wrong passwords until %3.</source>
        <translation>账号 %1 因密码输错 %2 次已锁定，到 %3 解锁。</translation>
    </message>
    <message>
        <source>Wrong password. The account %1 is now locked for %2 minutes.</source>
        <translation>密码错误。账号 %1 已锁定 %2 分钟。</translation>
    </message>
    <message>
        <source>Wrong password for %1; %2 more tries before the account is locked.</source>
        <translation>%1 的密码错误；再错 %2 次账号将被锁定。</translation>
    </message>
</context>
<context>
    <name>UtilityReadings</name>
    <message>
        <source>The reading %1 is lower than this meter&apos;s previous reading (%2 on %3). Tick &quot;Meter replaced or reset&quot; if the meter was changed.</source>
        <extracomment>zh_CN &quot;读数 %1 低于该表上次读数（%3 的 %2）。如果换了表或表已归零，请勾选“换表/归零”。&quot;</extracomment>
        <translation>读数 %1 低于该表上次读数（%3 的 %2）。如果换了表或表已归零，请勾选“换表/归零”。</translation>
    </message>
    <message>
        <source>The reading %1 is higher than this meter&apos;s next reading (%2 on %3).</source>
        <extracomment>zh_CN &quot;读数 %1 高于该表之后的读数（%3 的 %2）。&quot;</extracomment>
        <translation>读数 %1 高于该表之后的读数（%3 的 %2）。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1必须是数字。</translation>
    </message>
    <message>
        <source>%1 must be at least %2%3 (got %4%3).</source>
        <translation>%1不能小于 %2%3（填的是 %4%3）。</translation>
    </message>
    <message>
        <source>%1 must be at most %2%3 (got %4%3).</source>
        <translation>%1不能大于 %2%3（填的是 %4%3）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the choices.</source>
        <translation>%1：“%2”不在可选项中。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a campus of this kindergarten (%3).</source>
        <translation>%1：“%2”不是本园的园区（%3）。</translation>
    </message>
    <message>
        <source>%1 is not a valid date.</source>
        <translation>%1不是有效日期。</translation>
    </message>
    <message>
        <source>%1 is not a valid date and time.</source>
        <translation>%1不是有效的日期时间。</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation>%1太长：%2 个字，最多 %3 个。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not valid: %3.</source>
        <translation>%1：“%2”无效：%3。</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %n line(s).</source>
        <translation>
            <numerusform>%1 至少需要 %n 行明细。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 is not a plausible date (records lie between %3 and %4; the range is a setting).</source>
        <translation>%1：%2 不是合理的日期（记录日期应在 %3 到 %4 之间，此范围可在设置中修改）。</translation>
    </message>
    <message>
        <source>%1 contains an invisible control character (U+%2); remove it.</source>
        <translation>%1 含有看不见的控制字符（U+%2），请删除。</translation>
    </message>
    <message>
        <source>%1 holds only invisible characters.</source>
        <translation>%1 只有看不见的字符。</translation>
    </message>
</context>
<context>
    <name>ValueFormat</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>“%1”不在这些选项中：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write 2026-09-01, 2026/9/1 or 2026年9月1日)</source>
        <translation>“%1”不是日期（请写成 2026-09-01、2026/9/1 或 2026年9月1日）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (write 2026-09-01 11:30)</source>
        <translation>“%1”不是日期时间（请写成 2026-09-01 11:30）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>“%1”不是“是”或“否”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimal places (money is kept in whole fen)</source>
        <translation>“%1”超过两位小数（金额精确到分）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 decimal places</source>
        <translation>“%1”超过 %2 位小数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large a number</source>
        <translation>“%1”数值过大</translation>
    </message>
</context>
<context>
    <name>Visitors</name>
    <message>
        <source>The visitor left before arriving.</source>
        <translation>离园时间早于来访时间。</translation>
    </message>
    <message>
        <source>%1 °C is at or above %2 °C: the visitor is not admitted. The visit is kept on record.</source>
        <translation>%1 °C 达到或超过 %2 °C：不予入园。本次来访仍予登记。</translation>
    </message>
</context>
<context>
    <name>WaitForOtherWriter</name>
    <message>
        <source>Another program is writing to %1 (an import from the command line, or Houqin on another computer). Houqin saves as soon as it has finished; nothing you entered is lost.</source>
        <translation>另一个程序正在写入 %1（例如在命令行导入数据，或另一台电脑上的后勤系统）。它一写完，这里就会保存；您填写的内容不会丢失。</translation>
    </message>
    <message>
        <source>Cancel the save</source>
        <extracomment>zh_CN &quot;取消保存&quot;</extracomment>
        <translation>取消保存</translation>
    </message>
    <message>
        <source>Waiting for another program</source>
        <extracomment>zh_CN &quot;正在等待另一个程序&quot;</extracomment>
        <translation>正在等待另一个程序</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>%1 has no workflow.</source>
        <translation>%1没有流程。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be done while the record is &quot;%2&quot;.</source>
        <translation>记录处于“%2”状态时不能“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field this step can fill.</source>
        <translation>“%1”不是这一步可以填写的栏目。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2.</source>
        <translation>“%1”需要填写%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a note saying why.</source>
        <translation>“%1”需要写明原因。</translation>
    </message>
    <message>
        <source>%1 cannot do &quot;%2&quot;: that must be someone other than the %3.</source>
        <translation>%1 不能“%2”：必须由%3以外的人来做。</translation>
    </message>
    <message>
        <source>%1 has no step &quot;%2&quot;.</source>
        <translation>%1没有“%2”这一步。</translation>
    </message>
    <message>
        <source>%1 entry %2 (%3): %4</source>
        <translation>%1第 %2 条（%3）：%4</translation>
    </message>
</context>
<context>
    <name>Xlsx</name>
    <message>
        <source>The workbook is damaged: it has no list of sheets (xl/workbook.xml).</source>
        <translation>工作簿已损坏：缺少工作表清单（xl/workbook.xml）。</translation>
    </message>
    <message>
        <source>The workbook is damaged: its list of sheets cannot be read.</source>
        <translation>工作簿已损坏：无法读取工作表清单。</translation>
    </message>
    <message>
        <source>The workbook is damaged: its shared strings cannot be read.</source>
        <translation>工作簿已损坏：无法读取共享字符串。</translation>
    </message>
    <message>
        <source>The workbook is damaged: a part of it cannot be unpacked.</source>
        <translation>工作簿已损坏：部分内容无法解压。</translation>
    </message>
    <message>
        <source>The file is not an .xlsx workbook (it cannot be opened as one). Save it from Excel or WPS as .xlsx or as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>该文件不是 .xlsx 工作簿（无法按工作簿打开）。请用 Excel 或 WPS 另存为 .xlsx 或“CSV UTF-8”后重试。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;%1&quot;; its sheets are: %2.</source>
        <translation>工作簿中没有名为“%1”的工作表；现有工作表：%2。</translation>
    </message>
    <message>
        <source>The workbook is damaged: the sheet &quot;%1&quot; cannot be read.</source>
        <translation>工作簿已损坏：无法读取工作表“%1”。</translation>
    </message>
    <message>
        <source>The workbook is damaged: this row of the sheet &quot;%1&quot; cannot be read.</source>
        <translation>工作簿已损坏：无法读取工作表“%1”的这一行。</translation>
    </message>
    <message>
        <source>Could not write the workbook: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
</context>
<context>
    <name>houqin::backups</name>
    <message>
        <source>A database in memory has no backups.</source>
        <translation>内存数据库没有备份。</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1. Check that it exists and may be written (a USB stick plugged in, a share connected), or choose another in the settings.</source>
        <translation>无法创建备份文件夹 %1。请检查它是否存在且可写（U 盘已插好、网络共享已连接），或在设置中另选一个。</translation>
    </message>
    <message>
        <source>%1 is a folder; name the backup file.</source>
        <translation>%1 是文件夹，请指定备份文件名。</translation>
    </message>
    <message>
        <source>The backup cannot be the database itself.</source>
        <translation>备份不能是数据库本身。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>No backup could be made before upgrading the file: %1</source>
        <translation>升级数据库前未能备份：%1</translation>
    </message>
</context>
<context>
    <name>houqin::checkedcopy</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Could not write %1: the disk is full or could not be written.</source>
        <translation>无法写入 %1：磁盘已满或无法写入。</translation>
    </message>
    <message>
        <source>Cannot create %1: check that the folder exists and may be written.</source>
        <translation>无法创建 %1：请检查文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>Could not copy to %1 (SQLite error %2).</source>
        <translation>无法复制到 %1（SQLite 错误 %2）。</translation>
    </message>
    <message>
        <source>The database and the earlier backups are unchanged.</source>
        <translation>数据库和以前的备份都没有改动。</translation>
    </message>
    <message>
        <source>The copy %1 does not pass the integrity check: %2</source>
        <translation>副本 %1 未通过完整性检查：%2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is not a Houqin database (it is not a SQLite file).</source>
        <translation>%1 不是后勤系统数据库（它不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not of Houqin.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是后勤系统的。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Houqin (schema %2; this version knows up to %3). Install the newer version to open it.</source>
        <translation>%1 由更新版本的后勤系统写入（数据结构版本 %2，本版本最高支持 %3）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>%1 is damaged (it does not pass SQLite&apos;s integrity check).</source>
        <translation>%1 已损坏（未通过 SQLite 完整性检查）。</translation>
    </message>
    <message>
        <source>Cannot write %1 to disk: %2</source>
        <translation>无法将 %1 写入磁盘：%2</translation>
    </message>
    <message>
        <source>Cannot open the folder %1: %2</source>
        <translation>无法打开文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>无法将 %1 重命名为 %2：%3</translation>
    </message>
</context>
<context>
    <name>houqin::gui</name>
    <message>
        <source>Restoring…</source>
        <extracomment>zh_CN &quot;正在恢复…&quot;</extracomment>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>Could not restore the database (it was not changed)</source>
        <extracomment>zh_CN &quot;无法恢复数据库（数据库没有改动）&quot;</extracomment>
        <translation>无法恢复数据库（数据库没有改动）</translation>
    </message>
    <message>
        <source>The database was restored from %1.</source>
        <translation>已用 %1 恢复数据库。</translation>
    </message>
    <message>
        <source>The previous file is kept as %1.</source>
        <translation>原来的文件保留为 %1。</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>数据库已恢复</translation>
    </message>
</context>
<context>
    <name>houqin::gui::AboutDialog</name>
    <message>
        <source>Version %1, built with Qt %2</source>
        <translation>版本 %1，基于 Qt %2</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
<context>
    <name>houqin::gui::AuditViewerDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Users and sign-ins</source>
        <translation>用户与登录</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出操作记录</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV（*.csv）</translation>
    </message>
</context>
<context>
    <name>houqin::gui::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再输一遍(&amp;A)：</translation>
    </message>
    <message>
        <source>No one is signed in.</source>
        <translation>当前没有登录用户。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>houqin::gui::ChartView</name>
    <message>
        <source>The chart “%1” cannot be shown: %2</source>
        <extracomment>zh_CN &quot;无法显示图表“%1”：%2&quot;</extracomment>
        <translation>无法显示图表“%1”：%2</translation>
    </message>
</context>
<context>
    <name>houqin::gui::DamagedFileDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>No backup was found beside it (in %1). If a copy is kept elsewhere, on a USB stick or another computer, open that copy with houqin --db FILE, or ask for help.</source>
        <translation>在它旁边（%1）没有找到备份。如果别处（U 盘或其他电脑）存有副本，请用 houqin --db 文件 打开该副本，或向他人求助。</translation>
    </message>
    <message>
        <source>The newest backup is %1, saved %2. It opens read-only, so it stays as it was; to work in it again, restore it.</source>
        <translation>最新的备份是 %1，保存于 %2。它将以只读方式打开，保持原样；如要在其中继续工作，请先恢复它。</translation>
    </message>
    <message>
        <source>Open the newest backup instead…</source>
        <translation>改为打开最新的备份…</translation>
    </message>
</context>
<context>
    <name>houqin::gui::DetailsPane</name>
    <message>
        <source>Select a record to see all its fields and its history.</source>
        <translation>选中一条记录，即可查看其全部内容和修改历史。</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>录入</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1&#x3000;%2</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改历史</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>录入</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Photo added: %1</source>
        <translation>添加照片：%1</translation>
    </message>
    <message>
        <source>Photo removed: %1</source>
        <translation>删除照片：%1</translation>
    </message>
</context>
<context>
    <name>houqin::gui::DirectorAccountPage</name>
    <message>
        <source>The director&apos;s account</source>
        <translation>园长的账号</translation>
    </message>
    <message>
        <source>Houqin asks who is working each time it starts. The director (园长 or 后勤主任) signs in with this account and adds everyone else under Tools → Users.</source>
        <translation>后勤系统每次启动时都会确认是谁在使用。园长（或后勤主任）用这个账号登录，再在“工具 → 用户…”里为其他人建立账号。</translation>
    </message>
    <message>
        <source>At least %1 characters. Write it down somewhere safe: no one can read it back, and only the director can reset other people&apos;s passwords.</source>
        <translation>至少 %1 位。请妥善记下：密码无法读出，只有园长能为其他人重设密码。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>再输一遍：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>houqin::gui::FirstRunWizard</name>
    <message>
        <source>Welcome to Houqin</source>
        <translation>欢迎使用后勤</translation>
    </message>
    <message>
        <source>Your kindergarten</source>
        <translation>您的幼儿园</translation>
    </message>
    <message>
        <source>Houqin keeps the logistics office&apos;s records. First, a few facts about your kindergarten; you can change them later under Tools → Settings.</source>
        <translation>后勤软件用于记录后勤办公室的各项台账。请先填写幼儿园的基本信息，以后可在“工具 → 设置”中修改。</translation>
    </message>
    <message>
        <source>e.g. Binhai No. 1 Kindergarten</source>
        <translation>例如：滨海新区第一幼儿园</translation>
    </message>
    <message>
        <source>Kindergarten name:</source>
        <translation>幼儿园名称：</translation>
    </message>
    <message>
        <source>Campuses</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>One campus per line. A kindergarten with one site keeps one line.</source>
        <translation>每行一个园区。只有一个园址的幼儿园保留一行即可。</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Semester starts on:</source>
        <translation>开学日期：</translation>
    </message>
    <message>
        <source>Could not save the settings</source>
        <translation>无法保存设置</translation>
    </message>
    <message>
        <source>The first semester, with the work plan&apos;s tasks from the built-in template. Its first day numbers the teaching weeks (第N周) shown in the status bar and on printed registers.</source>
        <translation>第一个学期，其工作计划任务取自内置模板。开学第一天用来计算状态栏和打印登记表上的教学周（第N周）。</translation>
    </message>
    <message>
        <source>The current semester is %1, from %2 to %3.</source>
        <translation>当前学期是“%1”，%2 至 %3。</translation>
    </message>
    <message>
        <source>Not sure yet? Enter the likely first day; the dates can be changed later under Work plan → Semesters.</source>
        <translation>还不确定？先填大致的开学日期，以后可以在“工作计划 → 学期”里修改。</translation>
    </message>
    <message>
        <source>Semester name:</source>
        <translation>学期名称：</translation>
    </message>
    <message>
        <source>Enter the semester&apos;s name, e.g. %1.</source>
        <translation>请填写学期名称，例如“%1”。</translation>
    </message>
    <message>
        <source>%1
(or one campus per line, for example 滨豪园区 and 新港园区)</source>
        <translation>%1
（或者每行一个园区，例如 滨豪园区 和 新港园区）</translation>
    </message>
    <message>
        <source>Staff (optional)</source>
        <translation>教职工（可选）</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Wang Childcare worker
Li Canteen staff
Zhang Health teacher</source>
        <translation>王丽 保育员
李强 厨师
张敏 保健老师</translation>
    </message>
    <message>
        <source>A few people, one per line: name, then post. Forms offer them for who sampled, tested or checked; import the whole list later (Staff and training → Import data).</source>
        <translation>每行一人：先写姓名，再写岗位。录入留样、检测或检查时，表单会提供这些人供选择；完整名单以后可以在“队伍建设 → 导入数据”中导入。</translation>
    </message>
</context>
<context>
    <name>houqin::gui::ImportProblemsDialog</name>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <source>Imported with warnings</source>
        <translation>已导入，但有警告</translation>
    </message>
    <message>
        <source>Problems found in %1: %2. Nothing was imported. Fix the rows below in the file and import it again.</source>
        <translation>%1 中发现 %2 处问题，未导入任何数据。请在文件中改正下列各行后重新导入。</translation>
    </message>
    <message>
        <source>%1 was imported. Please check these warnings:</source>
        <translation>%1 已导入。请核查以下警告：</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>整个文件</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more not listed. Fix these first; the file is checked again as a whole when you import it.</source>
        <translation>
            <numerusform>……另有 %n 处问题未列出。请先改正上面这些；重新导入时会再次检查整个文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>houqin::gui::LinesTable</name>
    <message>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Removes the lines of the selected cells</source>
        <translation>删除所选单元格所在的行</translation>
    </message>
    <message>
        <source>Type the next line in the blank row at the bottom.</source>
        <translation>在最下面的空行中输入下一行。</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Photos of line…</source>
        <translation>本行照片…</translation>
    </message>
    <message>
        <source>Adds or shows the photos of the current line (or double-click its Photos cell)</source>
        <translation>为当前行添加或查看照片（也可双击该行的“照片”格）</translation>
    </message>
    <message>
        <source>Double-click to add or show this line&apos;s photos</source>
        <translation>双击添加或查看本行照片</translation>
    </message>
    <message>
        <source>Photos of line %1</source>
        <translation>第 %1 行的照片</translation>
    </message>
    <message>
        <source>Photos: %1</source>
        <translation>照片：%1</translation>
    </message>
</context>
<context>
    <name>houqin::gui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>打印预览(&amp;P)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用说明(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About Houqin</source>
        <translation>关于后勤(&amp;A)</translation>
    </message>
    <message>
        <source>The campus this computer works for</source>
        <translation>本机所属园区</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>第%1周</translation>
    </message>
    <message>
        <source>Before term</source>
        <translation>开学前</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Could not back up the database</source>
        <translation>无法备份数据库</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>Print &amp;report…</source>
        <translation>打印报表(&amp;R)…</translation>
    </message>
    <message>
        <source>After term</source>
        <translation>学期已结束</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>用户(&amp;U)…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>操作记录(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import CSV or Excel…</source>
        <translation>导入 CSV 或 Excel(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export CSV or Excel…</source>
        <translation>导出 CSV 或 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <extracomment>zh_CN &quot;正在备份…&quot;</extracomment>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>备份已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
</context>
<context>
    <name>houqin::gui::PhotoStrip</name>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>%1 — %2 × %3 pixels</source>
        <translation>%1 — %2 × %3 像素</translation>
    </message>
    <message>
        <source>No photos yet. Add them with the button or drop image files onto the form.</source>
        <translation>还没有照片。可点按钮添加，或把图片文件拖到表单上。</translation>
    </message>
    <message>
        <source>%1 photos, the most a record can have. Double-click one to open it.</source>
        <translation>共 %1 张照片，已达每条记录的上限。双击照片可查看大图。</translation>
    </message>
    <message>
        <source>%1 of at most %2 photos. Double-click one to open it.</source>
        <translation>%1 张照片（最多 %2 张）。双击照片可查看大图。</translation>
    </message>
    <message>
        <source>Not added, because a record can have at most %1 photos: %2</source>
        <translation>每条记录最多 %1 张照片，以下未添加：%2</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
</context>
<context>
    <name>houqin::gui::PhotoViewer</name>
    <message>
        <source>%1 — %2 × %3 pixels</source>
        <translation>%1 — %2 × %3 像素</translation>
    </message>
    <message>
        <source>Could not open the photo</source>
        <translation>无法打开照片</translation>
    </message>
    <message>
        <source>%1 cannot be shown: its stored image is damaged.</source>
        <translation>无法显示 %1：保存的图像已损坏。</translation>
    </message>
</context>
<context>
    <name>houqin::gui::RecordForm</name>
    <message>
        <source>Fields marked &lt;span style=&apos;color:%1&apos;&gt;*&lt;/span&gt; are required.</source>
        <translation>标有 &lt;span style=&apos;color:%1&apos;&gt;*&lt;/span&gt; 的为必填项。</translation>
    </message>
    <message>
        <source>%1 — new record</source>
        <translation>%1 — 新增记录</translation>
    </message>
    <message>
        <source>%1 — edit %2</source>
        <translation>%1 — 编辑 %2</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Please check the warnings. Click &quot;Save anyway&quot; to keep the record as it is.</source>
        <translation>请核查警告内容。如确认无误，点击“仍然保存”按原样保存。</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>The state changes through the steps below the fields.</source>
        <translation>状态只能通过下方的流程按钮改变。</translation>
    </message>
    <message>
        <source>You may read this record but not change it.</source>
        <translation>您可以查看这条记录，但不能修改。</translation>
    </message>
    <message>
        <source>%1 (read only)</source>
        <translation>%1（只读）</translation>
    </message>
</context>
<context>
    <name>houqin::gui::RecordListPage</name>
    <message>
        <source>Could not load the list</source>
        <translation>无法加载列表</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>搜索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All campuses</source>
        <translation>全部园区</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <source>This column is computed and cannot be sorted.</source>
        <translation>此列为计算值，不能排序。</translation>
    </message>
    <message>
        <source>Could not open the record</source>
        <translation>无法打开记录</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Delete %1 “%2”?</source>
        <translation>删除%1“%2”？</translation>
    </message>
    <message>
        <source>The record is removed from the list. The history keeps a copy of it.</source>
        <translation>记录将从列表中删除，修改历史中会保留一份副本。</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Preparing the print…</source>
        <translation>正在准备打印…</translation>
    </message>
    <message>
        <source>Could not prepare the print</source>
        <translation>无法准备打印</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <source>Could not export the PDF</source>
        <translation>无法导出 PDF</translation>
    </message>
    <message>
        <source>Saved %1 pages to %2.</source>
        <translation>已保存 %1 页到 %2。</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Exported %1 records to %2.</source>
        <translation>已导出 %1 条记录到 %2。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Could not import %1</source>
        <translation>无法导入 %1</translation>
    </message>
    <message>
        <source>Imported %1 records from %2.</source>
        <translation>已从 %2 导入 %1 条记录。</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>%1 has record IDs of this database: it was exported from here.</source>
        <translation>%1 带有本数据库的记录编号，是从这里导出的。</translation>
    </message>
    <message>
        <source>Update: %1 records are changed, %2 are unchanged and stay as they are, %3 rows without ID are added.

Insert all as new: all %4 rows are added as new records beside the existing ones.</source>
        <translation>更新：%1 条记录有改动，%2 条没有改动、保持原样，%3 行没有编号、将新增。

全部作为新记录导入：全部 %4 行都作为新记录添加，原有记录不变。</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Insert all as new</source>
        <translation>全部作为新记录导入</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was written.</source>
        <translation>已取消导入 %1，没有写入任何内容。</translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation>已导入 %1：%2。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation>导入到%1</translation>
    </message>
    <message>
        <source>CSV files and workbooks (*.csv *.xlsx);;All files (*)</source>
        <translation>CSV 文件和工作簿 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Export what the list shows as CSV or as an Excel workbook (.xlsx)</source>
        <translation>将列表中显示的记录导出为 CSV 或 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Import a CSV file or an Excel workbook (.xlsx)</source>
        <translation>导入 CSV 文件或 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>The PDF was not written: cancelled.</source>
        <translation>已取消，未写入 PDF。</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>houqin::gui::RecordTableModel</name>
    <message>
        <source>Unspecified</source>
        <translation>未指定</translation>
    </message>
</context>
<context>
    <name>houqin::gui::ReportDialog</name>
    <message>
        <source>Print report</source>
        <translation>打印报表</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报表(&amp;R)：</translation>
    </message>
    <message>
        <source>For the day</source>
        <translation>指定日期</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>保存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Week of:</source>
        <translation>所在周(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>The report needs no period.</source>
        <translation>此报表无需选择期间。</translation>
    </message>
    <message>
        <source>Prints: %1</source>
        <translation>打印：%1</translation>
    </message>
    <message>
        <source>Choose a report.</source>
        <translation>请选择报表。</translation>
    </message>
    <message>
        <source>Could not prepare the report</source>
        <translation>无法生成报表</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the PDF</source>
        <translation>无法保存 PDF</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1.</source>
        <translation>
            <numerusform>已保存 %n 页到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save &amp;HTML…</source>
        <translation>保存网页(&amp;H)…</translation>
    </message>
    <message>
        <source>A web page of the report, for the kindergarten&apos;s website</source>
        <translation>报表的网页版，用于幼儿园网站</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Save HTML</source>
        <translation>保存网页</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>Could not save the web page</source>
        <translation>无法保存网页</translation>
    </message>
    <message>
        <source>Saved the web page %1.</source>
        <translation>已保存网页 %1。</translation>
    </message>
    <message>
        <source>&amp;Blank form (to fill in by hand)</source>
        <translation>空白表，供手工填写(&amp;B)</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>空白</translation>
    </message>
</context>
<context>
    <name>houqin::gui::RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose the backup to restore. What was entered after it is replaced; the current file is kept beside it.</source>
        <extracomment>zh_CN &quot;选择要恢复的备份。恢复后，备份之后录入的内容将被替换；当前文件会保留在它旁边。&quot;</extracomment>
        <translation>选择要恢复的备份。此备份之后录入的内容将被替换；当前文件会保留在它旁边。</translation>
    </message>
    <message>
        <source>Backups in %1:</source>
        <translation>%1 中的备份：</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>No backups yet in this folder. Choose a file with Other file…</source>
        <translation>此文件夹中还没有备份。可用“其他文件…”选择文件。</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>其他文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Houqin databases (*.sqlite);;All files (*)</source>
        <translation>后勤数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore the database from the backup of %1?</source>
        <extracomment>zh_CN &quot;用 %1 的备份恢复数据库？&quot;</extracomment>
        <translation>用 %1 的备份恢复数据库？</translation>
    </message>
    <message>
        <source>Everything entered since then is replaced. The current file is kept as %1. Houqin then opens the restored database; sign in again.</source>
        <extracomment>zh_CN &quot;此后录入的内容都会被替换。当前文件保留为 %1。恢复完成后，后勤会重新打开数据库，请重新登录。&quot;</extracomment>
        <translation>此后录入的内容都会被替换。当前文件保留为 %1。恢复后后勤会打开恢复的数据库，请重新登录。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>houqin::gui::SettingsDialog</name>
    <message>
        <source>Could not save the settings</source>
        <translation>无法保存设置</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1，%2 至 %3</translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation>%1 开学</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>尚未设置</translation>
    </message>
    <message>
        <source>Semesters are created and made current under Work plan → Semesters.</source>
        <translation>学期在“工作计划 → 学期”里新建和设为当前学期。</translation>
    </message>
    <message>
        <source>Write the stocktake weeks as week numbers separated by commas, such as 5,20: &quot;%1&quot;.</source>
        <extracomment>zh_CN &quot;资产清点周次应写成以逗号分隔的周次，如 5,20：“%1”。&quot;</extracomment>
        <translation>资产清点周次应写成以逗号分隔的周次，如 5,20：“%1”。</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
</context>
<context>
    <name>houqin::gui::SignInDialog</name>
    <message>
        <source>Create the director&apos;s account</source>
        <translation>建立园长账号</translation>
    </message>
    <message>
        <source>Houqin keeps sign-ins from now on. First create the account of the director (园长 or 后勤主任), who adds everyone else under Tools → Users.</source>
        <translation>从现在起使用后勤系统需要登录。请先建立园长（或后勤主任）的账号，其他人由园长在“工具 → 用户”中添加。</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>建立并登录</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>请选择用户并输入密码。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Houqin is locked. Type %1&apos;s password to go on.</source>
        <translation>后勤系统已锁定。请输入 %1 的密码继续。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>houqin::gui::UserGuideDialog</name>
    <message>
        <source>user-guide.en.md</source>
        <extracomment>The file name of the user guide in this language: user-guide.zh.md for Chinese.</extracomment>
        <translation>user-guide.zh.md</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使用说明</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>此版本缺少使用说明。</translation>
    </message>
</context>
<context>
    <name>houqin::gui::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Staff record</source>
        <translation>对应教职工</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>修改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>重设密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <source>Their name in the staff list, if any</source>
        <translation>教职工名单中的姓名（如有）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Staff record:</source>
        <translation>对应教职工(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再输一遍(&amp;A)：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>%1 的角色：</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>You cannot take away your own director&apos;s role.</source>
        <translation>不能取消自己的园长角色。</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
</context>
<context>
    <name>houqin::gui::WorkflowBar</name>
    <message>
        <source>State: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>状态：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save or undo your changes first.</source>
        <translation>请先保存或撤销修改。</translation>
    </message>
</context>
<context>
    <name>houqin::gui::WorkflowStepDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Note *</source>
        <translation>备注 *</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Could not take the step</source>
        <translation>无法完成这一步</translation>
    </message>
</context>
<context>
    <name>houqin::gui::assets::ProblemLinesDialog</name>
    <message>
        <source>Repair or register the problems</source>
        <extracomment>zh_CN &quot;问题报修或登记隐患&quot;</extracomment>
        <translation>问题报修或登记隐患</translation>
    </message>
    <message>
        <source>For each failed item choose: a repair request (to the repairs), a hazard (to the hazard register), or not now.</source>
        <extracomment>zh_CN &quot;为每个不合格项选择：报修（进入维修申报单）、登记隐患（进入隐患整改台账），或暂不处理。&quot;</extracomment>
        <translation>为每个不合格项选择：报修（进入维修申报单）、登记隐患（进入隐患整改台账），或暂不处理。</translation>
    </message>
    <message>
        <source>Area</source>
        <extracomment>zh_CN &quot;区域&quot; / &quot;检查项目&quot; / &quot;备注&quot; / &quot;处理&quot;</extracomment>
        <translation>区域&quot; / &quot;检查项目&quot; / &quot;备注&quot; / &quot;处理</translation>
    </message>
    <message>
        <source>Item checked</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Repair request</source>
        <extracomment>zh_CN &quot;报修&quot;</extracomment>
        <translation>报修</translation>
    </message>
    <message>
        <source>Hazard</source>
        <extracomment>zh_CN &quot;登记隐患&quot;</extracomment>
        <translation>登记隐患</translation>
    </message>
    <message>
        <source>Not now</source>
        <extracomment>zh_CN &quot;暂不处理&quot;</extracomment>
        <translation>暂不处理</translation>
    </message>
    <message>
        <source>Send on</source>
        <extracomment>zh_CN &quot;提交&quot;</extracomment>
        <translation>提交</translation>
    </message>
</context>
<context>
    <name>houqin::gui::assets::StocktakePage</name>
    <message>
        <source>&amp;Campus:</source>
        <translation>园区(&amp;C)：</translation>
    </message>
    <message>
        <source>Tick the rooms counted; none ticked counts the whole campus.</source>
        <translation>勾选要清点的房间；不勾则清点全园区。</translation>
    </message>
    <message>
        <source>&amp;Rooms:</source>
        <translation>房间(&amp;R)：</translation>
    </message>
    <message>
        <source>Counted &amp;by:</source>
        <translation>清点人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Start counting</source>
        <translation>开始清点(&amp;S)</translation>
    </message>
    <message>
        <source>The room you are counting in now: a moved asset&apos;s correction puts it here.</source>
        <translation>当前所在房间：位置不符的资产更正时移到这里。</translation>
    </message>
    <message>
        <source>Counting &amp;in:</source>
        <translation>清点在(&amp;I)：</translation>
    </message>
    <message>
        <source>Asset &amp;code:</source>
        <translation>资产编号(&amp;C)：</translation>
    </message>
    <message>
        <source>Scan a label or type a code, then Enter</source>
        <translation>扫描标签或输入编号后回车</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Sa&amp;ve the stocktake</source>
        <translation>保存清点(&amp;V)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>清点</translation>
    </message>
    <message>
        <source>S&amp;tocktake:</source>
        <translation>清点记录(&amp;T)：</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>在册位置</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>清点地点</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Moved: set the register&apos;s campus and room to where it was counted. Missing: set it aside as idle with a note (dispose of it through a disposal).</source>
        <translation>位置不符：台账的园区和房间改为清点地点。盘亏：改为闲置并加备注（报废请走报废流程）。</translation>
    </message>
    <message>
        <source>Correct the &amp;selected lines</source>
        <translation>更正所选行(&amp;S)</translation>
    </message>
    <message>
        <source>Correct &amp;all lines</source>
        <translation>全部更正(&amp;A)</translation>
    </message>
    <message>
        <source>Write who counts before starting.</source>
        <translation>开始前请填写清点人。</translation>
    </message>
    <message>
        <source>✓ %1 %2: registered here</source>
        <extracomment>zh_CN &quot;✓ %1 %2：在册，相符&quot;</extracomment>
        <translation>✓ %1 %2：在册，相符</translation>
    </message>
    <message>
        <source>Already counted: %1 %2</source>
        <extracomment>zh_CN &quot;已清点过：%1 %2&quot;</extracomment>
        <translation>已清点过：%1 %2</translation>
    </message>
    <message>
        <source>⚠ %1 %2: registered at %3 (extra: moved)</source>
        <extracomment>zh_CN &quot;⚠ %1 %2：登记在 %3（盘盈·位置不符）&quot;</extracomment>
        <translation>⚠ %1 %2：登记在 %3（盘盈·位置不符）</translation>
    </message>
    <message>
        <source>✗ %1: not in the register (extra: unknown)</source>
        <extracomment>zh_CN &quot;✗ %1：台账中没有此编号（盘盈·账外）&quot;</extracomment>
        <translation>✗ %1：台账中没有此编号（盘盈·账外）</translation>
    </message>
    <message>
        <source>Counted %1: found %2 · missing %3 · extra %4</source>
        <extracomment>zh_CN &quot;已清点 %1 件：相符 %2 · 盘亏 %3 · 盘盈 %4&quot;</extracomment>
        <translation>已清点 %1 件：相符 %2 · 盘亏 %3 · 盘盈 %4</translation>
    </message>
    <message>
        <source>The stocktake is saved.</source>
        <extracomment>zh_CN &quot;清点已保存。&quot;</extracomment>
        <translation>清点已保存。</translation>
    </message>
    <message>
        <source>whole campus</source>
        <translation>全园区</translation>
    </message>
    <message>
        <source>Found %1 · missing %2 · extra %3</source>
        <extracomment>zh_CN &quot;相符 %1 · 盘亏 %2 · 盘盈 %3&quot;</extracomment>
        <translation>相符 %1 · 盘亏 %2 · 盘盈 %3</translation>
    </message>
    <message>
        <source>Register corrected on %1</source>
        <extracomment>zh_CN &quot;已于 %1 更正台账&quot;</extracomment>
        <translation>已于 %1 更正台账</translation>
    </message>
    <message>
        <source>Set aside as idle</source>
        <translation>改为闲置</translation>
    </message>
    <message>
        <source>Move to where it was counted</source>
        <translation>改到清点地点</translation>
    </message>
    <message>
        <source>Select the lines to correct first.</source>
        <translation>请先选择要更正的行。</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) corrected in the register.</source>
        <extracomment>zh_CN &quot;已更正台账中的 %n 项资产。&quot;</extracomment>
        <translation>
            <numerusform>已更正台账中的 %n 项资产。</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ %1 %2: written off in the register (extra: off the books)</source>
        <extracomment>zh_CN &quot;✗ %1 %2：台账中已报废（盘盈·账外）&quot;</extracomment>
        <translation>✗ %1 %2：台账中已报废（盘盈·账外）</translation>
    </message>
</context>
<context>
    <name>houqin::gui::assets::UtilityCharts</name>
    <message>
        <source>&amp;Campus:</source>
        <extracomment>zh_CN &quot;园区(&amp;C)：&quot;</extracomment>
        <translation>园区(&amp;C)：</translation>
    </message>
    <message>
        <source>MMM</source>
        <extracomment>A month on the chart&apos;s axis, zh_CN &quot;M月&quot;</extracomment>
        <translation>M月</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Water use per month</source>
        <extracomment>zh_CN &quot;每月用水量&quot;</extracomment>
        <translation>每月用水量</translation>
    </message>
    <message>
        <source>Electricity use per month</source>
        <extracomment>zh_CN &quot;每月用电量&quot;</extracomment>
        <translation>每月用电量</translation>
    </message>
    <message>
        <source>Could not read the meter readings: %1</source>
        <extracomment>zh_CN &quot;无法读取抄表数据：%1&quot;</extracomment>
        <translation>无法读取抄表数据：%1</translation>
    </message>
    <message>
        <source>%1 to %2: water %3 m³, electricity %4 kWh</source>
        <extracomment>zh_CN &quot;%1 至 %2：用水 %3 立方米，用电 %4 千瓦时&quot;</extracomment>
        <translation>%1 至 %2：用水 %3 立方米，用电 %4 千瓦时</translation>
    </message>
</context>
<context>
    <name>houqin::gui::canteen::CanteenCharts</name>
    <message>
        <source>This semester</source>
        <translation>本学期</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时段(&amp;P)：</translation>
    </message>
    <message>
        <source>MMM</source>
        <extracomment>A month on the chart&apos;s axis, zh_CN &quot;M月&quot;</extracomment>
        <translation>M月</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Could not read the figures: %1</source>
        <translation>无法读取统计数据：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Pesticide tests: %1, positive: %2 (%3%)</source>
        <translation>农残快检 %1 次，阳性 %2 次（%3%）</translation>
    </message>
    <message>
        <source>Income %1 yuan, expenses %2 yuan, balance %3 yuan (%4% of income)</source>
        <translation>伙食收入 %1 元，支出 %2 元，结余 %3 元（占收入 %4%）</translation>
    </message>
    <message>
        <source>Pesticide tests per month</source>
        <translation>每月农残快检</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>检测次数</translation>
    </message>
    <message>
        <source>Positive (%)</source>
        <translation>阳性率（%）</translation>
    </message>
    <message>
        <source>Canteen income and expenses per month</source>
        <translation>每月伙食收支</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
</context>
<context>
    <name>houqin::gui::canteen::DayEntryDialog</name>
    <message>
        <source>%1 rows are not saved yet. Close without saving them?</source>
        <translation>还有 %1 行没有保存。不保存就关闭吗？</translation>
    </message>
</context>
<context>
    <name>houqin::gui::canteen::DisposeDueDialog</name>
    <message>
        <source>Dispose of due samples</source>
        <translation>处置到期留样</translation>
    </message>
    <message>
        <source>Mark as disposed</source>
        <translation>标记为已处置</translation>
    </message>
    <message>
        <source>No sample of this meal is due for disposal at that time.</source>
        <translation>该餐次在此时间没有到期可处置的留样。</translation>
    </message>
    <message>
        <source>Could not mark the samples</source>
        <translation>无法标记留样</translation>
    </message>
    <message>
        <source>All due samples, oldest first</source>
        <translation>全部到期留样（最早的在前）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No sample is due for disposal at that time.</source>
        <translation>到该时间没有到期待处置的留样。</translation>
    </message>
    <message>
        <source>%1 samples will be marked as disposed of:</source>
        <translation>将标记 %1 份留样为已处置：</translation>
    </message>
</context>
<context>
    <name>houqin::gui::canteen::MenuGrid</name>
    <message>
        <source>Saturday and Sunday</source>
        <translation>周六和周日</translation>
    </message>
    <message>
        <source>Dishes of a meal separated by 、 or one per line.</source>
        <translation>同一餐次的菜品用“、”分隔，或每行一个。</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
</context>
<context>
    <name>houqin::gui::canteen::MorningCheckDayDialog</name>
    <message>
        <source>&amp;Save all</source>
        <translation>全部保存(&amp;S)</translation>
    </message>
    <message>
        <source>Morning check of the canteen staff</source>
        <translation>食堂人员晨检</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All campuses</source>
        <translation>全部园区</translation>
    </message>
    <message>
        <source>Campus:</source>
        <translation>园区：</translation>
    </message>
    <message>
        <source>Type each worker&apos;s temperature; Enter goes to the next worker. Every item starts as fine: untick or tick only what is not. Ctrl+S saves all rows.</source>
        <translation>逐人录入体温，按回车到下一位。各项默认正常，只需勾选或取消有问题的项目。按 Ctrl+S 全部保存。</translation>
    </message>
    <message>
        <source>Saves every checked row at once (%1)</source>
        <translation>一次保存所有已检行（%1）</translation>
    </message>
    <message>
        <source>Could not read the canteen staff</source>
        <translation>无法读取食堂人员</translation>
    </message>
    <message>
        <source>%1: %2 canteen workers, %3 checked already.</source>
        <translation>%1：食堂人员 %2 人，已晨检 %3 人。</translation>
    </message>
    <message>
        <source>Checked by %1</source>
        <translation>已检（%1）</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>未晨检</translation>
    </message>
    <message>
        <source>To be saved</source>
        <translation>待保存</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Type the temperature of at least one worker.</source>
        <translation>请至少录入一位人员的体温。</translation>
    </message>
    <message>
        <source>Could not save the morning checks</source>
        <translation>无法保存晨检记录</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>未保存任何记录。</translation>
    </message>
    <message>
        <source>No active canteen staff: add them in the staff list with the post &quot;Canteen staff&quot;.</source>
        <translation>没有在职的食堂人员：请在教职工名单中添加岗位为“食堂人员”的人员。</translation>
    </message>
</context>
<context>
    <name>houqin::gui::canteen::PesticideDayDialog</name>
    <message>
        <source>&amp;Save all</source>
        <translation>全部保存(&amp;S)</translation>
    </message>
    <message>
        <source>Pesticide tests of the day</source>
        <translation>当日农残快检</translation>
    </message>
    <message>
        <source>Saves every row at once (%1)</source>
        <translation>一次保存所有行（%1）</translation>
    </message>
    <message>
        <source>No tests saved for %1 yet.</source>
        <translation>%1 尚未保存检测记录。</translation>
    </message>
    <message>
        <source>Already saved for %1: %2 tests</source>
        <translation>%1 已保存：%2 条检测</translation>
    </message>
    <message>
        <source>Could not read the day&apos;s tests</source>
        <translation>无法读取当日检测记录</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Type at least one vegetable and its inhibition rate.</source>
        <translation>请至少录入一种蔬菜及其抑制率。</translation>
    </message>
    <message>
        <source>Could not save the tests</source>
        <translation>无法保存检测记录</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>未保存任何记录。</translation>
    </message>
    <message>
        <source>Type each vegetable, its supplier, the batch (optional) and the inhibition rate. Enter or Tab moves on; a new row appears after the last one. Ctrl+S saves all rows.</source>
        <translation>逐行输入蔬菜、供应商、批次（可不填）和抑制率。按 Enter 或 Tab 移到下一格；最后一行填完会自动出现新行。Ctrl+S 保存全部。</translation>
    </message>
</context>
<context>
    <name>houqin::gui::dashboard::DashboardPage</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>This week&apos;s work plan</source>
        <translation>本周工作计划</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周次</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>标记完成…</translation>
    </message>
    <message>
        <source>Show in the plan</source>
        <translation>在计划中查看</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要注意</translation>
    </message>
    <message>
        <source>Click an item to open its list</source>
        <translation>点击一项，打开对应的台账</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>近期安排</translation>
    </message>
    <message>
        <source>No current semester: create one under Work plan → Month review.</source>
        <translation>还没有当前学期：请在“工作计划 → 月度回顾”里新建学期。</translation>
    </message>
    <message>
        <source>after term</source>
        <translation>学期已结束</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Could not load the plan: %1</source>
        <translation>无法读取工作计划：%1</translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · 已逾期</translation>
    </message>
    <message>
        <source>No plan tasks are due this week.</source>
        <translation>本周没有到期的计划任务。</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue task(s) in all; the oldest %1 are listed.</source>
        <translation>
            <numerusform>共有 %n 项逾期任务，这里列出最早的 %1 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check the attention items: %1</source>
        <translation>无法检查待办事项：%1</translation>
    </message>
    <message>
        <source>Nothing needs attention. All checks are up to date.</source>
        <translation>暂无需要注意的事项，各项检查都已完成。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety education this month:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;本月安全教育主题：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>%1 (%2, by %3)</source>
        <translation>%1（%2，%3 前）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next safety checks and drills:&lt;/b&gt;</source>
        <translation>&lt;b&gt;接下来的安全检查与演练：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No safety tasks are planned from today on.</source>
        <translation>今天以后没有计划中的安全工作。</translation>
    </message>
    <message>
        <source>Task marked done.</source>
        <translation>任务已标记为完成。</translation>
    </message>
</context>
<context>
    <name>houqin::gui::plan::MarkDoneDialog</name>
    <message>
        <source>Mark task done</source>
        <translation>标记任务完成</translation>
    </message>
    <message>
        <source>Done on:</source>
        <translation>完成日期：</translation>
    </message>
    <message>
        <source>What was done, e.g. &quot;Held on 9/10, 32 staff attended, minutes filed&quot;</source>
        <translation>做了什么，例如“9月10日召开，32人参加，记录已归档”</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>完成情况：</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Write a short note of the outcome.</source>
        <translation>请简要填写完成情况。</translation>
    </message>
</context>
<context>
    <name>houqin::gui::plan::MonthReviewPage</name>
    <message>
        <source>&amp;Semester:</source>
        <translation>学期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>标记完成…</translation>
    </message>
    <message>
        <source>Postpone…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>New semester…</source>
        <translation>新建学期…</translation>
    </message>
    <message>
        <source>Generate recurring tasks…</source>
        <translation>生成常规任务…</translation>
    </message>
    <message>
        <source>Print month…</source>
        <translation>打印本月…</translation>
    </message>
    <message>
        <source>Print semester plan…</source>
        <translation>打印学期计划…</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Could not load the semesters</source>
        <translation>无法读取学期</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>There is no semester yet. Create one with “New semester…”: its plan can come from the built-in template.</source>
        <translation>还没有学期。请点“新建学期…”创建，工作计划可以取自内置模板。</translation>
    </message>
    <message>
        <source>Could not load the plan</source>
        <translation>无法读取工作计划</translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · 已逾期</translation>
    </message>
    <message>
        <source>%1 · this week</source>
        <translation>%1 · 本周到期</translation>
    </message>
    <message>
        <source>No plan tasks in %1.</source>
        <translation>%1没有计划任务。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: %2% done&lt;/b&gt; (%3 of %4 tasks)</source>
        <translation>&lt;b&gt;%1：完成 %2%&lt;/b&gt;（%4 项中已完成 %3 项）</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Task marked done.</source>
        <translation>任务已标记为完成。</translation>
    </message>
    <message>
        <source>Task postponed.</source>
        <translation>任务已延期。</translation>
    </message>
    <message>
        <source>Task saved.</source>
        <translation>任务已保存。</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n plan task(s).</source>
        <translation>
            <numerusform>已新建“%1”，含 %n 项计划任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n recurring task(s) to %1.</source>
        <translation>
            <numerusform>已向“%1”添加 %n 项常规任务。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>houqin::gui::plan::NationalHolidaysDialog</name>
    <message>
        <source>National holidays %1</source>
        <translation>%1 年全国节假日</translation>
    </message>
    <message>
        <source>Tick the days to add to the school calendar. Days already in the list are not added again.</source>
        <translation>勾选要加入校历的日子。已在列表中的日子不会重复添加。</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>(already in the list)</source>
        <translation>（已在列表中）</translation>
    </message>
    <message>
        <source>Add ticked days</source>
        <translation>添加勾选的日子</translation>
    </message>
    <message>
        <source>Could not add the national holidays</source>
        <translation>无法添加全国节假日</translation>
    </message>
    <message>
        <source>The national holiday arrangement for %1 is not in Houqin&apos;s table yet (the State Council publishes it late in the year before). Enter the holidays and make-up working days by hand with New, or add them to resources/calendar/cn-holidays.tsv.</source>
        <translation>软件内置的节假日表中还没有 %1 年的安排（国务院通常在上一年年底公布）。请用“新建”逐条录入放假和调休上班日，或把它们添加到 resources/calendar/cn-holidays.tsv。</translation>
    </message>
</context>
<context>
    <name>houqin::gui::plan::NewSemesterDialog</name>
    <message>
        <source>New semester</source>
        <translation>新建学期</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>开学日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>结束日期(&amp;L)：</translation>
    </message>
    <message>
        <source>Plan tasks</source>
        <translation>计划任务</translation>
    </message>
    <message>
        <source>From the built-in plan template (chapter 5 of the work plan)</source>
        <translation>取自内置计划模板（工作计划第五部分）</translation>
    </message>
    <message>
        <source>Copied from an earlier semester:</source>
        <translation>复制以前学期的计划：</translation>
    </message>
    <message>
        <source>None (add tasks later)</source>
        <translation>暂不添加（以后再加）</translation>
    </message>
    <message>
        <source>Make it the &amp;current semester (teaching weeks count from its first day)</source>
        <translation>设为当前学期(&amp;C)（教学周从它的开学日期算起）</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message numerus="yes">
        <source>%n teaching week(s)</source>
        <translation>
            <numerusform>共 %n 个教学周</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>houqin::gui::plan::PostponeDialog</name>
    <message>
        <source>Postpone task</source>
        <translation>任务延期</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>延期到：</translation>
    </message>
    <message>
        <source>Why (optional), e.g. &quot;inspection moved by the district&quot;</source>
        <translation>原因（可不填），例如“区里检查改期”</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>The task is already in the semester&apos;s last week.</source>
        <translation>该任务已在本学期最后一周，不能再延期。</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>延期</translation>
    </message>
</context>
<context>
    <name>houqin::gui::plan::ProgressChart</name>
    <message>
        <source>Completion by month</source>
        <translation>各月完成率</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>MMM</source>
        <extracomment>A month on the chart&apos;s axis, zh_CN &quot;M月&quot;</extracomment>
        <translation>M月</translation>
    </message>
</context>
<context>
    <name>houqin::gui::plan::RecurringDialog</name>
    <message>
        <source>Generate recurring tasks — %1</source>
        <translation>生成常规任务 — %1</translation>
    </message>
    <message>
        <source>The work plan&apos;s repeating measures that this semester does not have yet. Untick what does not apply, then add the rest to the plan.</source>
        <translation>以下是工作计划中定期开展、而本学期计划里还没有的工作。去掉不适用的勾，其余的加入计划。</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周次</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>The semester already has every recurring task.</source>
        <translation>本学期已包含全部常规任务。</translation>
    </message>
    <message numerus="yes">
        <source>Add %n task(s)</source>
        <translation>
            <numerusform>添加 %n 项任务</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>houqin::gui::staff::AppraisalMonthPage</name>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Save the month&apos;s appraisals</source>
        <translation>保存本月考核(&amp;S)</translation>
    </message>
    <message>
        <source>%1 of %2 people appraised. Scores 0–100; Tab or Enter moves to the next one.</source>
        <extracomment>zh_CN &quot;%1 人中已考核 %2 人。分数 0–100，Tab 或回车到下一格。&quot;</extracomment>
        <translation>%2 人中已考核 %1 人。分数 0–100，Tab 或回车到下一格。</translation>
    </message>
    <message>
        <source>A score is a number from 0 to 100.</source>
        <extracomment>zh_CN &quot;分数须为 0 到 100 之间的数字。&quot;</extracomment>
        <translation>分数须为 0 到 100 之间的数字。</translation>
    </message>
    <message>
        <source>%1: enter a score.</source>
        <translation>%1：请填写分数。</translation>
    </message>
    <message>
        <source>%1: a score is a number from 0 to 100.</source>
        <translation>%1：分数须为 0 到 100 之间的数字。</translation>
    </message>
    <message>
        <source>Nothing was saved:</source>
        <extracomment>zh_CN &quot;未保存：&quot;</extracomment>
        <translation>未保存：</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>没有需要保存的修改。</translation>
    </message>
    <message>
        <source>Saved the appraisals of %1 people.</source>
        <extracomment>zh_CN &quot;已保存 %1 人的考核。&quot;</extracomment>
        <translation>已保存 %1 人的考核。</translation>
    </message>
</context>
<context>
    <name>houqin::restore</name>
    <message>
        <source>Cannot keep the current database as %1; nothing was restored.</source>
        <translation>无法将当前数据库保留为 %1，未做任何恢复。</translation>
    </message>
    <message>
        <source>The backup is the database itself.</source>
        <translation>所选备份就是数据库本身。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is open in another Houqin window or program. Close it and restore again; nothing was changed.</source>
        <translation>%1 正在另一个后勤窗口或程序中打开。请关闭后再恢复；没有做任何改动。</translation>
    </message>
</context>
</TS>
