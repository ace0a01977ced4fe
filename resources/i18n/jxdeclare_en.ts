<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="231"/>
        <source>平台账号</source>
        <translation>Portal account</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="238"/>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="239"/>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="240"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="266"/>
        <source>请选择企业并填写账号和密码。</source>
        <translation>Choose the enterprise and enter the account and password.</translation>
    </message>
</context>
<context>
    <name>ActionPanel</name>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="50"/>
        <source>被代替仍在用</source>
        <translation>Replaced, still in use</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="51"/>
        <source>已废止仍在用</source>
        <translation>Withdrawn, still in use</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="52"/>
        <source>即将实施</source>
        <translation>Coming into force</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="53"/>
        <source>复审到期</source>
        <translation>Review overdue</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="54"/>
        <source>复审将到期</source>
        <translation>Review due soon</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="55"/>
        <source>引用标准变化需复审</source>
        <translation>Cited standard changed: review</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="56"/>
        <source>状态有变化</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="57"/>
        <source>待重新检查</source>
        <translation>Re-check pending</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="69"/>
        <source>已被 %1 代替</source>
        <translation>Replaced by %1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="71"/>
        <source>已废止</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="73"/>
        <source>%1 将于 %2 实施并代替本标准（%3 天后）</source>
        <translation>%1 comes into force on %2 and replaces this standard (in %3 days)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="76"/>
        <source>%1 实施（%2 天后）</source>
        <translation>Comes into force on %1 (in %2 days)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="78"/>
        <source>应于 %1 复审</source>
        <translation>Review was due on %1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="80"/>
        <source>%1 复审到期</source>
        <translation>Review due on %1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="82"/>
        <source>数据包变化后尚未重新检查</source>
        <translation>Not re-checked since the data pack changed</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="159"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="159"/>
        <source>标准</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="159"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="159"/>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="175"/>
        <source>待办事项（%1）</source>
        <translation>To do (%1)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="176"/>
        <source>待办事项：无</source>
        <translation>To do: nothing</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="178"/>
        <source>重新检查 %1 项</source>
        <translation>Re-check %1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="198"/>
        <source>正在重新检查…</source>
        <translation>Re-checking…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="203"/>
        <source>已重新检查 %1 项，其中 %2 项有错误。</source>
        <translation>Re-checked %1 standard(s); %2 with errors.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="206"/>
        <source>请在“合规检查”页查看详情。</source>
        <translation> See the Compliance check page for details.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="207"/>
        <source>重新检查</source>
        <translation>Re-check</translation>
    </message>
</context>
<context>
    <name>AgencyBoard</name>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="221"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="224"/>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="224"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="224"/>
        <source>标准</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="224"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="224"/>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="240"/>
        <source>正在汇总各企业的待办事项…</source>
        <translation>Collecting every enterprise&apos;s actions…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="250"/>
        <source>%1 家企业共有 %2 项待办。双击一行打开该企业的标准体系。</source>
        <translation>%2 action(s) across %1 enterprise(s). Double-click a row to open that enterprise&apos;s system.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="252"/>
        <source>各企业的标准体系目前没有待办事项。</source>
        <translation>No enterprise&apos;s standard system needs action now.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="262"/>
        <source>导出机构看板</source>
        <translation>Export the agency dashboard</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="262"/>
        <source>标准体系待办看板.xlsx</source>
        <translation>Standard system actions.xlsx</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="263"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/actions.py" line="277"/>
        <source>已导出：</source>
        <translation>Exported: </translation>
    </message>
</context>
<context>
    <name>AnnexForm</name>
    <message>
        <location filename="../../jxdeclare/ui/editor/clause_form.py" line="75"/>
        <source>附录%1</source>
        <translation>Annex %1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/clause_form.py" line="76"/>
        <source>修改附录标题</source>
        <translation>Edit annex title</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/clause_form.py" line="77"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/clause_form.py" line="79"/>
        <source>资料性</source>
        <translation>informative</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/clause_form.py" line="79"/>
        <source>规范性</source>
        <translation>normative</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/clause_form.py" line="81"/>
        <source>修改附录性质</source>
        <translation>Change annex status</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/clause_form.py" line="83"/>
        <source>性质</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>BenchmarkDock</name>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/dock.py" line="23"/>
        <source>对标</source>
        <translation>Benchmarks</translation>
    </message>
</context>
<context>
    <name>BenchmarkSection</name>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/section.py" line="28"/>
        <source>对标</source>
        <translation>Benchmarks</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/section.py" line="29"/>
        <source>与领跑者、江西绿色生态等对标集比较（自愿性目标）</source>
        <translation>Compare with benchmark sets such as Forerunner tiers and Jiangxi Green Ecology (voluntary targets)</translation>
    </message>
</context>
<context>
    <name>BenchmarkView</name>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="51"/>
        <source>按产品适用的对标集</source>
        <translation>Sets that apply to the product</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="59"/>
        <source>对标是自愿性目标，不影响检查结论</source>
        <translation>Benchmarks are voluntary targets and never change the check&apos;s verdict</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="64"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="64"/>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="64"/>
        <source>本文件</source>
        <translation>This standard</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="65"/>
        <source>结论</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="65"/>
        <source>差距</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="65"/>
        <source>档次</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="67"/>
        <source>导出报告…</source>
        <translation>Export report…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="72"/>
        <source>导入对标集…</source>
        <translation>Import sets…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="74"/>
        <source>从按模板填写的 Excel 导入对标集（评估方案的指标和档次）</source>
        <translation>Import benchmark sets from an Excel file filled in from the template (an assessment plan&apos;s indicators and tiers)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="77"/>
        <source>模板…</source>
        <translation>Template…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="78"/>
        <source>保存空白的对标集导入模板（Excel）</source>
        <translation>Save the blank import template for benchmark sets (Excel)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="97"/>
        <source>正在对标…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="105"/>
        <source>对标失败：</source>
        <translation>Comparison failed: </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="116"/>
        <source>未达到任何档次</source>
        <translation>no tier reached</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="118"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="124"/>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="283"/>
        <source>未规定</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="129"/>
        <source>来源：%1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="131"/>
        <source>基准：%1</source>
        <translation>Baseline: %1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="133"/>
        <source>位置：%1</source>
        <translation>Where: %1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="153"/>
        <source>导出对标报告</source>
        <translation>Export benchmark report</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="154"/>
        <source>PDF 报告 (*.pdf);;Excel 明细 (*.xlsx)</source>
        <translation>PDF report (*.pdf);;Excel details (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="164"/>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="165"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="171"/>
        <source>保存对标集模板</source>
        <translation>Save benchmark set template</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="171"/>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="181"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="176"/>
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="181"/>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="200"/>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="204"/>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="214"/>
        <source>导入对标集</source>
        <translation>Import benchmark sets</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="192"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="199"/>
        <source>文件中的对标集与已导入的同名。用文件中的内容替换它们吗？</source>
        <translation>Sets of the same names were imported before. Replace them with the file&apos;s contents?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="211"/>
        <source>……另有 %n 处错误</source>
        <translation>
            <numerusform>…and %n more error</numerusform>
            <numerusform>…and %n more errors</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="215"/>
        <source>“%1”有错误，没有导入任何内容：</source>
        <translation>“%1” has errors; nothing was imported:</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="219"/>
        <source>已导入对标集：%1</source>
        <translation>Imported benchmark sets: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="224"/>
        <source>格式、引用问题 %n 项</source>
        <translation>
            <numerusform>%n format or reference problem</numerusform>
            <numerusform>%n format or reference problems</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="224"/>
        <source>未发现问题</source>
        <translation>no problems found</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="225"/>
        <source>参加领跑者评估的前提：%1</source>
        <translation>Preconditions for a Forerunner assessment: %1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="230"/>
        <source>格式</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="230"/>
        <source>引用</source>
        <translation>references</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="231"/>
        <source>[%1] %2（%3） %4：%5</source>
        <translation>[%1] %2 (%3) %4: %5</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="242"/>
        <source>没有适用于该产品的对标集；可在上方选择一个对标集。</source>
        <translation>No benchmark set applies to this product; pick a set above.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="245"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="248"/>
        <source>；未达到的目标 %n 项</source>
        <translation>
            <numerusform>; %n target missed</numerusform>
            <numerusform>; %n targets missed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="280"/>
        <source>达到</source>
        <translation>meets</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="281"/>
        <source>未达到</source>
        <translation>misses</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/benchmarks/view.py" line="282"/>
        <source>无法比较</source>
        <translation>not comparable</translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="86"/>
        <source>段落</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="86"/>
        <source>注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="86"/>
        <source>示例</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="87"/>
        <source>修改文字</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="89"/>
        <source>可用 {{说明}} 标出待填写的内容</source>
        <translation>Mark parts still to fill in with {{hint}}</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="91"/>
        <source>引用</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="103"/>
        <source>插入引用</source>
        <translation>Insert link</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="105"/>
        <source>在光标处插入对所选章条、表、图、公式或附录的引用，输出时显示其编号</source>
        <translation>Insert a link to the chosen clause, table, figure, formula or annex at the cursor; it prints as that element&apos;s number</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="123"/>
        <source>底纹标出的是引用，输出时显示所指对象的当前编号：</source>
        <translation>Shaded text is a cross-reference; the output shows the current number of what it points to: </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="134"/>
        <source>修改列项符号</source>
        <translation>Change list style</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="136"/>
        <source>列项符号</source>
        <translation>List style</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="137"/>
        <source>修改列项</source>
        <translation>Edit list</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="140"/>
        <source>列项（每行一项）</source>
        <translation>List (one item per line)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="147"/>
        <source>术语</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="148"/>
        <source>修改术语</source>
        <translation>Edit term</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="150"/>
        <source>修改英文对应词</source>
        <translation>Edit English term</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="151"/>
        <source>英文对应词</source>
        <translation>English term</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="152"/>
        <source>修改定义</source>
        <translation>Edit definition</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="156"/>
        <source>定义</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="157"/>
        <source>修改术语的注</source>
        <translation>Edit term notes</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="159"/>
        <source>注（每行一条）</source>
        <translation>Notes (one per line)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="165"/>
        <source>修改公式</source>
        <translation>Edit formula</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="166"/>
        <source>公式</source>
        <translation>Formula</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="167"/>
        <source>修改式中说明</source>
        <translation>Edit symbol explanations</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="169"/>
        <source>式中（每行一个符号）</source>
        <translation>Where (one symbol per line)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="174"/>
        <source>修改图题</source>
        <translation>Edit figure title</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="176"/>
        <source>图题</source>
        <translation>Figure title</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="178"/>
        <source>图片在导出的 Word 文件中插入或替换。</source>
        <translation>Insert or replace the picture in the exported Word file.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="183"/>
        <source>修改表题</source>
        <translation>Edit table title</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/block_forms.py" line="185"/>
        <source>表题</source>
        <translation>Table title</translation>
    </message>
</context>
<context>
    <name>BlockList</name>
    <message>
        <location filename="../../jxdeclare/ui/editor/blocks.py" line="72"/>
        <source>添加内容</source>
        <translation>Add content</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/blocks.py" line="81"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/blocks.py" line="82"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/blocks.py" line="83"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/blocks.py" line="93"/>
        <source>段落</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/blocks.py" line="94"/>
        <source>列项</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/blocks.py" line="95"/>
        <source>注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/blocks.py" line="96"/>
        <source>示例</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/blocks.py" line="97"/>
        <source>表</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/blocks.py" line="98"/>
        <source>指标表</source>
        <translation>Indicator table</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/blocks.py" line="99"/>
        <source>术语</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/blocks.py" line="100"/>
        <location filename="../../jxdeclare/ui/editor/blocks.py" line="120"/>
        <source>公式</source>
        <translation>Formula</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/blocks.py" line="107"/>
        <source>段落：</source>
        <translation>Paragraph: </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/blocks.py" line="109"/>
        <source>列项（%1项）：</source>
        <translation>List (%1 items): </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/blocks.py" line="155"/>
        <source>这里还没有内容。可用“添加内容”添加段落、列项、表等。</source>
        <translation>No content yet. Use “Add content” to add paragraphs, lists, tables and more.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/blocks.py" line="164"/>
        <source>添加%1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/blocks.py" line="184"/>
        <source>删除内容</source>
        <translation>Delete content</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/blocks.py" line="196"/>
        <source>移动内容</source>
        <translation>Move content</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <location filename="../../jxdeclare/ui/category_dialog.py" line="40"/>
        <source>选择产品类别</source>
        <translation>Choose the product category</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/category_dialog.py" line="42"/>
        <source>输入产品名、类别名称或代码筛选，如 米粉、06.07</source>
        <translation>Type a product, a category name (in Chinese) or a code to filter, e.g. 06.07</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/category_dialog.py" line="47"/>
        <source>产品</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/category_dialog.py" line="48"/>
        <source>GB 2762—2025 附录A</source>
        <translation>GB 2762—2025 Annex A</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/category_dialog.py" line="48"/>
        <source>GB 2760—2024 表E.1</source>
        <translation>GB 2760—2024 Table E.1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/category_dialog.py" line="50"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/category_dialog.py" line="50"/>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/category_dialog.py" line="58"/>
        <source>类别决定与哪些强制性限量（GB 2762）和食品添加剂规定（GB 2760）比较。</source>
        <translation>The category decides which mandatory limits (GB 2762) and additive rules (GB 2760) the standard is compared with.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/category_dialog.py" line="83"/>
        <source>%1（推荐：标准中有“%2”）</source>
        <translation>%1 (suggested: the standard says “%2”)</translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message>
        <location filename="../../jxdeclare/ui/editor/change_list.py" line="36"/>
        <source>还没有已发布的版本可以比较。</source>
        <translation>There is no published version to compare with yet.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/change_list.py" line="42"/>
        <source>与第 %1 版相比，指标和章条标题没有变化。</source>
        <translation>No indicator or clause title changed since version %1.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/change_list.py" line="49"/>
        <source>起草主要技术变化</source>
        <translation>Draft the main changes</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/change_list.py" line="54"/>
        <source>已根据第 %1 版列出 %2 条变化，请检查并补充。</source>
        <translation>Listed %2 changes against version %1; check and complete them.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="53"/>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="107"/>
        <source>检查文件…</source>
        <translation>Check a file…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="54"/>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="108"/>
        <source>检查全部已存标准</source>
        <translation>Check all stored standards</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="55"/>
        <source>导出报告…</source>
        <translation>Export report…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="60"/>
        <source>产品类别：按名称自动判断</source>
        <translation>Product category: from the title</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="62"/>
        <source>选择其他类别…</source>
        <translation>Other category…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="63"/>
        <source>从产品或 GB 2762 附录A、GB 2760 表E.1 的任一类别中选择</source>
        <translation>Choose any product, or any category of GB 2762 Annex A or GB 2760 Table E.1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="68"/>
        <source>选择产品类别并重新检查…</source>
        <translation>Choose the category and check again…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="73"/>
        <source>全部企业</source>
        <translation>All enterprises</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="92"/>
        <source>对象 / 位置</source>
        <translation>Standard / place</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="92"/>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="92"/>
        <source>问题</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="92"/>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="103"/>
        <source>检查已有的企业标准</source>
        <translation>Check an existing enterprise standard</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="104"/>
        <source>选择一份企业标准（Word、PDF 或 .jxstd），离线检查指标是否低于强制性标准、引用的标准是否现行、是否符合 GB/T 1.1—2020，并给出整改清单。服务机构可一次检查全部已存的标准。</source>
        <translation>Choose an enterprise standard (Word, PDF or .jxstd) to check offline whether its indicators are looser than the mandatory standards, whether the standards it cites are current and whether it follows GB/T 1.1—2020, with a list of what to correct. Agencies can check every stored standard at once.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="181"/>
        <source>选择要检查的标准</source>
        <translation>Choose a standard to check</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="181"/>
        <source>标准文件 (*.docx *.pdf *.jxstd)</source>
        <translation>Standards (*.docx *.pdf *.jxstd)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="197"/>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="212"/>
        <source>正在检查已存的标准…</source>
        <translation>Checking the stored standards…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="218"/>
        <source>%1：%2 项，%3 项有错误</source>
        <translation>%1: %2 checked, %3 with errors</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="223"/>
        <source>按企业：</source>
        <translation>By enterprise: </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="245"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="234"/>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="258"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jxdeclare/ui/pages/checking.py" line="234"/>
        <source>错误 %n 项</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jxdeclare/ui/pages/checking.py" line="235"/>
        <source>共 %n 项</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="236"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="261"/>
        <source>已检查 %1 项，其中 %2 项有错误。</source>
        <translation>Checked %1; %2 with errors. </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="262"/>
        <source>按规则：</source>
        <translation>By rule: </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="271"/>
        <source>&#x3000;产品类别：%1</source>
        <translation>  Product category: %1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="276"/>
        <source>导出检查报告</source>
        <translation>Export check report</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="277"/>
        <source>PDF 报告 (*.pdf);;Excel 明细 (*.xlsx);;修改意见表 (*.docx)</source>
        <translation>PDF report (*.pdf);;Excel details (*.xlsx);;Review form (*.docx)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="288"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/checking.py" line="291"/>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
</context>
<context>
    <name>ClauseForm</name>
    <message>
        <location filename="../../jxdeclare/ui/editor/clause_form.py" line="57"/>
        <source>第 %1 章</source>
        <translation>Chapter %1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/clause_form.py" line="57"/>
        <source>条 %1</source>
        <translation>Clause %1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/clause_form.py" line="59"/>
        <source>修改标题</source>
        <translation>Edit title</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/clause_form.py" line="61"/>
        <source>无标题条（可不填）</source>
        <translation>Untitled clause (title optional)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/clause_form.py" line="64"/>
        <source>本章的标题和引导语由 GB/T 1.1—2020 规定，自动生成。</source>
        <translation>This chapter&apos;s title and introductory sentence are fixed by GB/T 1.1—2020 and generated.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/clause_form.py" line="65"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/clause_form.py" line="67"/>
        <source>用“添加内容 → 术语”逐条添加术语，编号自动生成。</source>
        <translation>Add terms one by one with “Add content → Term”; numbers are generated.</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <location filename="../../jxdeclare/ui/editor/closing.py" line="62"/>
        <location filename="../../jxdeclare/ui/editor/closing.py" line="84"/>
        <source>关闭标准编辑</source>
        <translation>Close the editor</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/closing.py" line="63"/>
        <source>“%1”有尚未保存的修改。关闭前要保存吗？</source>
        <translation>“%1” has unsaved changes. Save before closing?</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/closing.py" line="70"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/closing.py" line="71"/>
        <source>不保存</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/closing.py" line="72"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/closing.py" line="86"/>
        <source>该标准已在别处被修改，本窗口的修改无法保存到数据库。如需保留，请先用“导出 .jxstd…”另存为文件。仍要关闭吗？</source>
        <translation>The standard was changed elsewhere; this window&apos;s changes cannot be saved to the database. To keep them, use “Export .jxstd…” first. Close anyway?</translation>
    </message>
</context>
<context>
    <name>CoverForm</name>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="55"/>
        <source>封面和前言</source>
        <translation>Cover and foreword</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="65"/>
        <source>修改%1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="72"/>
        <source>封面</source>
        <translation>Cover</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="75"/>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="76"/>
        <source>标准名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="77"/>
        <source>英文名称</source>
        <translation>English title</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="78"/>
        <source>标准编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="79"/>
        <source>发布日期</source>
        <translation>Publication date</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="80"/>
        <source>实施日期</source>
        <translation>Implementation date</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="81"/>
        <source>修改代替标准</source>
        <translation>Edit replaced standards</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="87"/>
        <source>被代替的标准编号，多个用“、”分开</source>
        <translation>Numbers of the replaced standards, separated by “、”</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="88"/>
        <source>代替</source>
        <translation>Replaces</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="89"/>
        <source>ICS 分类号</source>
        <translation>ICS code</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="89"/>
        <source>可选，如 67.060</source>
        <translation>optional, e.g. 67.060</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="90"/>
        <source>CCS 分类号</source>
        <translation>CCS code</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="90"/>
        <source>可选，如 X 11</source>
        <translation>optional, e.g. X 11</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="91"/>
        <source>发布单位</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="96"/>
        <source>前言</source>
        <translation>Foreword</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="98"/>
        <source>修改主要技术变化</source>
        <translation>Edit main changes</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="100"/>
        <source>主要技术变化
（每行一条）</source>
        <translation>Main technical changes
(one per line)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="101"/>
        <source>根据上一发布版本起草</source>
        <translation>Draft from the last published version</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="103"/>
        <source>比较上一发布版本和当前文本的指标与章条，列出增加、删除和更改的内容</source>
        <translation>Compare indicators and clauses with the last published version and list what was added, deleted or changed</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="107"/>
        <source>被代替标准名称</source>
        <translation>Title of the replaced standard</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="108"/>
        <source>提出单位</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="109"/>
        <source>起草单位</source>
        <translation>Drafting organisations</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="110"/>
        <source>主要起草人</source>
        <translation>Drafters</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="111"/>
        <source>前言的第一句、代替说明和专利提示由 GB/T 1.1—2020 规定，自动生成。</source>
        <translation>The foreword&apos;s first sentence, the replacement statement and the patent notice are fixed by GB/T 1.1—2020 and generated.</translation>
    </message>
</context>
<context>
    <name>DeclarationDialog</name>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="88"/>
        <source>加产品</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="89"/>
        <source>删产品</source>
        <translation>Remove product</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="108"/>
        <source>自我声明：%1</source>
        <translation>Declaration: %1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="112"/>
        <source>同意标准文本全文公开</source>
        <translation>Publish the full text of the standard</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="113"/>
        <source>公开功能指标和性能指标</source>
        <translation>Disclose the functional and performance indicators</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="116"/>
        <source>指标低于推荐性标准时必填：说明低于哪项标准的哪些指标</source>
        <translation>Required when indicators are below a recommended standard: which indicators of which standard</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="122"/>
        <source>本企业承诺：所公开标准符合法律法规和强制性标准，产品符合所公开的标准。</source>
        <translation>We commit that the standard complies with laws, regulations and mandatory standards, and that the products meet it.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="126"/>
        <source>没有发现问题，保存后可以排队提交。</source>
        <translation>No problems found; save, then queue it for submission.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="130"/>
        <source>公开方式</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="131"/>
        <source>明示说明</source>
        <translation>Explicit statement</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="132"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="133"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="144"/>
        <source>产品（每行一个）：</source>
        <translation>Products (one per row):</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="147"/>
        <source>承诺</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="149"/>
        <source>还需改正：</source>
        <translation>Still to correct:</translation>
    </message>
</context>
<context>
    <name>DeclarationPage</name>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="60"/>
        <source>新建…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="61"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="62"/>
        <source>校验并排队</source>
        <translation>Validate and queue</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="63"/>
        <source>人工录入…</source>
        <translation>Guided entry…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="64"/>
        <source>批量提交…</source>
        <translation>Batch submit…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="69"/>
        <source>更多</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="73"/>
        <source>导出资料包…</source>
        <translation>Export package…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="74"/>
        <source>导出回执…</source>
        <translation>Export receipt…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="75"/>
        <source>导出汇总 Excel…</source>
        <translation>Export summary (Excel)…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="76"/>
        <source>撤回排队（回到校验通过）</source>
        <translation>Take out of the queue (back to validated)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="77"/>
        <source>修订已公开的声明</source>
        <translation>Revise the published declaration</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="78"/>
        <source>撤销已公开的声明…</source>
        <translation>Withdraw the published declaration…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="87"/>
        <source>全部企业</source>
        <translation>All enterprises</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="89"/>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="102"/>
        <source>筛选：</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="108"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="108"/>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="108"/>
        <source>标准编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="108"/>
        <source>名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="109"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="109"/>
        <source>版本</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="109"/>
        <source>平台记录</source>
        <translation>Portal record</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="109"/>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="127"/>
        <source>还没有自我声明</source>
        <translation>No self-declarations yet</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="128"/>
        <source>企业执行的每一项标准都要在企业标准信息公共服务平台上自我声明公开。在这里新建声明，校验通过后排队，再按步骤人工录入或批量提交，并保存回执。</source>
        <translation>Every standard an enterprise applies must be self-declared publicly on the national enterprise standards platform. Create a declaration here, queue it once it validates, then enter it by hand step by step or submit it in a batch, and keep the receipt.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="130"/>
        <source>新建声明…</source>
        <translation>New declaration…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="137"/>
        <source>校验结果（选中的声明）：</source>
        <translation>Problems (selected declaration):</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="385"/>
        <source>撤销已公开的声明</source>
        <translation>Withdraw the published declaration</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="386"/>
        <source>撤销原因（记入状态记录；经交换接口公开的，同时告知平台）：</source>
        <translation>Reason for withdrawal (kept in the state journal; the platform is told too when the record was published through the exchange API):</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="122"/>
        <source>没有发现问题，可以排队提交。</source>
        <translation>No problems: ready to queue.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="288"/>
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="289"/>
        <source>有需要确认的警告：
%1

确认后排队提交吗？</source>
        <translation>There are warnings to confirm:
%1

Queue for submission anyway?</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="319"/>
        <source>资料包保存到</source>
        <translation>Save the package in</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="330"/>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="353"/>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="371"/>
        <source>已导出：</source>
        <translation>Exported: </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="331"/>
        <source>正在导出资料包…</source>
        <translation>Exporting the package…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="338"/>
        <source>保存回执</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="339"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="358"/>
        <source>保存汇总</source>
        <translation>Save summary</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/declarations.py" line="358"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../jxdeclare/ui/editor/window.py" line="93"/>
        <source>含上次未保存的修改，请检查后保存</source>
        <translation>Contains the unsaved changes of last time; check them, then save</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/window.py" line="121"/>
        <source>强制限量来自未签名数据包</source>
        <translation>Mandatory limits come from an unsigned data pack</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/window.py" line="226"/>
        <source>%1 %2[*] — 标准编辑</source>
        <translation>%1 %2[*] — Standard editor</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/window.py" line="254"/>
        <source>确定删除“%1”吗？</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/window.py" line="256"/>
        <source>有 %1 处引用指向它，删除后这些引用将失效，需要重新指定。</source>
        <translation>%1 cross-references point at it; deleting it breaks them and they must be pointed elsewhere.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/window.py" line="260"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>DraftSaver</name>
    <message>
        <location filename="../../jxdeclare/ui/editor/saver.py" line="81"/>
        <source>已自动保存 %1</source>
        <translation>Autosaved %1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/saver.py" line="143"/>
        <source>未保存：该标准已在别处被修改</source>
        <translation>Not saved: the standard was changed elsewhere</translation>
    </message>
</context>
<context>
    <name>DraftingPage</name>
    <message>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="42"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="42"/>
        <source>名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="42"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="42"/>
        <source>修改时间</source>
        <translation>Modified</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="43"/>
        <source>版本</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="73"/>
        <source>新建…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="74"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="61"/>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="75"/>
        <source>导入 .jxstd…</source>
        <translation>Import .jxstd…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="43"/>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="57"/>
        <source>还没有企业标准草稿</source>
        <translation>No enterprise standard drafts yet</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="58"/>
        <source>在这里按 GB/T 1.1—2020 起草企业标准：选一个产品模板，填写指标和检验方法，强制性限量从数据包自动带入，最后输出 Word 和 PDF。</source>
        <translation>Draft enterprise standards to GB/T 1.1—2020 here: choose a product template, fill in the indicators and test methods (mandatory limits come from the data pack), then output Word and PDF.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="60"/>
        <source>新建企业标准…</source>
        <translation>New enterprise standard…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="76"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="77"/>
        <source>备案…</source>
        <translation>Filing…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="112"/>
        <source>已发布</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="112"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="114"/>
        <source>（有未保存的修改）</source>
        <translation> (unsaved changes)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="175"/>
        <source>新建企业标准</source>
        <translation>New enterprise standard</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="175"/>
        <source>请先在“企业”页添加企业。</source>
        <translation>Add an enterprise on the Enterprises page first.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="191"/>
        <source>正在从模板生成标准草稿…</source>
        <translation>Creating the draft from the template…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="228"/>
        <source>正在打开…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="252"/>
        <source>导入标准草稿</source>
        <translation>Import draft</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="252"/>
        <source>标准草稿 (*.jxstd)</source>
        <translation>Drafts (*.jxstd)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="275"/>
        <source>删除标准草稿</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="276"/>
        <source>确定删除“%1 %2”及其全部版本吗？此操作不能撤销。</source>
        <translation>Delete “%1 %2” with all its versions? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="301"/>
        <source>恢复未保存的修改</source>
        <translation>Recover unsaved changes</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/drafting.py" line="302"/>
        <source>“%1 %2”上次没有正常关闭，有自动保存的修改。要恢复这些修改吗？</source>
        <translation>“%1 %2” was not closed normally last time and has autosaved changes. Recover them?</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../jxdeclare/ui/system/tree_panel.py" line="152"/>
        <source>&lt;h3&gt;尚未建立标准体系&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;No standard system yet&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/tree_panel.py" line="153"/>
        <source>先按模板建立体系结构，再添加标准；或从已有的标准明细表（Excel）导入。</source>
        <translation>Lay out the structure from a template, then add standards; or import an existing standards detail list (Excel).</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/tree_panel.py" line="162"/>
        <source>建立标准体系</source>
        <translation>Create the standard system</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/tree_panel.py" line="165"/>
        <source>从 Excel 导入…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/tree_panel.py" line="173"/>
        <source>体系模板：</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/tree_panel.py" line="186"/>
        <source>已按模板建立标准体系。</source>
        <translation>The standard system was laid out from the template.</translation>
    </message>
</context>
<context>
    <name>EnterpriseDialog</name>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="47"/>
        <source>编辑企业</source>
        <translation>Edit enterprise</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="47"/>
        <source>新增企业</source>
        <translation>New enterprise</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="54"/>
        <source>代码与营业执照一致（确认无误）</source>
        <translation>The code is exactly as printed on the business licence</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="57"/>
        <source>部分早期代码的校验码不符合规则但合法。请逐位核对营业执照后再勾选。</source>
        <translation>Some early codes fail the check character yet are legal. Compare every character with the business licence before ticking this.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="65"/>
        <source>按设置中的默认周期</source>
        <translation>Default period from the settings</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="66"/>
        <source> 年</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="87"/>
        <source>企业名称*</source>
        <translation>Enterprise name*</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="88"/>
        <source>统一社会信用代码*</source>
        <translation>Unified social credit code*</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="91"/>
        <source>企业代号</source>
        <translation>Enterprise code</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="92"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="93"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="94"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="95"/>
        <source>企业标准复审周期</source>
        <translation>Review period of own standards</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="132"/>
        <source>请输入 18 位统一社会信用代码</source>
        <translation>Enter the 18-character unified social credit code</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="138"/>
        <source>。如代码与营业执照上印的完全一致，请勾选下方的确认。</source>
        <translation>. If the code is exactly as printed on the business licence, tick the confirmation below.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="142"/>
        <source>（仅为提示，可以保存）</source>
        <translation> (a warning only: you can save)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="165"/>
        <source>该统一社会信用代码已属于企业“%1”，不能重复添加。请核对代码，或在企业列表中编辑该企业。</source>
        <translation>This unified social credit code already belongs to “%1” and cannot be added twice. Check the code, or edit that enterprise in the list.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="135"/>
        <source>代码有效</source>
        <translation>Code is valid</translation>
    </message>
</context>
<context>
    <name>EnterpriseModel</name>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprise_model.py" line="26"/>
        <source>企业名称</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprise_model.py" line="27"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprise_model.py" line="28"/>
        <source>企业代号</source>
        <translation>Enterprise code</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprise_model.py" line="29"/>
        <source>所在地</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprise_model.py" line="30"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprise_model.py" line="31"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprise_model.py" line="35"/>
        <source>校验码不符合规则，已确认与营业执照上印的一致（部分早期代码如此）</source>
        <translation>The check character fails; confirmed as printed on the business licence (some early codes are like this)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprise_model.py" line="38"/>
        <source>校验码不符合规则，尚未确认与营业执照一致：请编辑此企业，核对执照后确认</source>
        <translation>The check character fails and the code is not yet confirmed as printed on the business licence: edit this enterprise, compare with the licence and confirm</translation>
    </message>
</context>
<context>
    <name>EnterprisePage</name>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="55"/>
        <source>按名称或信用代码筛选</source>
        <translation>Filter by name or credit code</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="67"/>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="68"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="69"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="70"/>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="84"/>
        <source>从 Excel 导入…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="71"/>
        <source>导出到 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="80"/>
        <source>还没有企业</source>
        <translation>No enterprises yet</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="81"/>
        <source>在这里登记要起草、检查和声明标准的企业：名称、统一社会信用代码和企业代号（企业标准编号 Q/ 后的代号）。可以逐家新增，也可以从 Excel 名单导入。</source>
        <translation>Register here the enterprises whose standards you draft, check and declare: name, unified social credit code and enterprise code (the code after Q/ in the standard number). Add them one by one or import an Excel list.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="83"/>
        <source>新增企业…</source>
        <translation>Add enterprise…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="170"/>
        <source>删除企业</source>
        <translation>Delete enterprise</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="171"/>
        <source>确定删除企业“%1”及其全部产品、标准和声明记录吗？此操作不能撤销。</source>
        <translation>Delete “%1” with all its products, standards and declarations? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="186"/>
        <source>导入企业</source>
        <translation>Import enterprises</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="186"/>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="226"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="194"/>
        <source>正在导入企业…</source>
        <translation>Importing enterprises…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="202"/>
        <source>……另有 %n 处错误</source>
        <translation>
            <numerusform>… and %n more error</numerusform>
            <numerusform>… and %n more errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="234"/>
        <source>已导出 %n 家企业。</source>
        <translation>
            <numerusform>Exported %n enterprise.</numerusform>
            <numerusform>Exported %n enterprises.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="205"/>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="206"/>
        <source>文件中有错误，未导入任何企业。请修改后重新导入。</source>
        <translation>The file has errors; no enterprise was imported. Correct the file and import it again.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="215"/>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="216"/>
        <source>已导入 %1 家企业，跳过已存在的 %2 家。</source>
        <translation>Imported %1 enterprises; skipped %2 already on record.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="226"/>
        <source>导出企业</source>
        <translation>Export enterprises</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="233"/>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="238"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="80"/>
        <source>编辑标准</source>
        <translation>Edit standard</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="80"/>
        <source>添加标准</source>
        <translation>Add standard</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="86"/>
        <source>从标准库选择</source>
        <translation>From the catalogue</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="87"/>
        <source>本企业标准</source>
        <translation>Own standards</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="88"/>
        <source>输入编号</source>
        <translation>Type a number</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="117"/>
        <source>多个用逗号分隔</source>
        <translation>Separate several with commas</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="119"/>
        <source>子体系</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="120"/>
        <source>责任部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="121"/>
        <source>适用产品</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="122"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="126"/>
        <source>输入标准编号（如 GB 2762）或名称中的词</source>
        <translation>Type a standard number (e.g. GB 2762) or words of its title</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="131"/>
        <source>正在加载标准库…</source>
        <translation>Loading the catalogue…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="144"/>
        <source>本企业在“标准起草”中保存的标准（尚未列入体系的）：</source>
        <translation>The enterprise&apos;s standards saved in Drafting (not yet in the system):</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="150"/>
        <source>如 GB/T 1354—2018 或 Q/JXSL 0001—2024</source>
        <translation>e.g. GB/T 1354—2018 or Q/JXSL 0001—2024</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="153"/>
        <source>标准库中有的标准可不填</source>
        <translation>Optional for standards in the catalogue</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="156"/>
        <source>待制定（尚未发布，可以没有编号）</source>
        <translation>To be drafted (not published yet; may have no number)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="158"/>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="159"/>
        <source>未填写</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="162"/>
        <source>标准编号</source>
        <translation>Standard number</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="164"/>
        <source>标准名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="166"/>
        <source>发布日期</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="167"/>
        <source>实施日期</source>
        <translation>In force from</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="190"/>
        <source>数据包：</source>
        <translation>Data pack: </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="198"/>
        <source>（无编号）</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="203"/>
        <source>没有尚未列入体系的本企业标准。</source>
        <translation>No own standard is waiting to be placed.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="248"/>
        <source>编号格式有误，如 GB/T 1354—2018</source>
        <translation>Not a valid number; e.g. GB/T 1354—2018</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="253"/>
        <source>标准库：%1（%2）</source>
        <translation>Catalogue: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/dialogs.py" line="256"/>
        <source>标准库中没有该编号，请填写标准名称和日期。</source>
        <translation>Not in the catalogue: give the title and the dates.</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <location filename="../../jxdeclare/ui/terms.py" line="65"/>
        <source>现行</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/terms.py" line="66"/>
        <source>即将实施</source>
        <translation>Coming</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/terms.py" line="67"/>
        <source>被代替</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/terms.py" line="68"/>
        <source>废止</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entry_model.py" line="66"/>
        <location filename="../../jxdeclare/ui/terms.py" line="69"/>
        <source>未知</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/terms.py" line="70"/>
        <source>待制定</source>
        <translation>To be drafted</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entry_model.py" line="61"/>
        <source>国</source>
        <translation>National</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entry_model.py" line="62"/>
        <source>行</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entry_model.py" line="63"/>
        <source>地</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entry_model.py" line="64"/>
        <source>团</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entry_model.py" line="65"/>
        <source>企</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entry_model.py" line="81"/>
        <location filename="../../jxdeclare/ui/system/entry_model.py" line="174"/>
        <source>数据包更新后状态变化：</source>
        <translation>Status changed with the data pack update: </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entry_model.py" line="83"/>
        <source>代替关系：</source>
        <translation>Replacement chain: </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entry_model.py" line="86"/>
        <source>%1 将于 %2 实施</source>
        <translation>%1 comes into force on %2</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entry_model.py" line="89"/>
        <source>需提前复审：</source>
        <translation>Review early: </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entry_model.py" line="108"/>
        <source>体系编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entry_model.py" line="108"/>
        <source>标准编号</source>
        <translation>Standard number</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entry_model.py" line="108"/>
        <source>标准名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entry_model.py" line="108"/>
        <source>类别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entry_model.py" line="109"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entry_model.py" line="109"/>
        <source>复审到期</source>
        <translation>Review due</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entry_model.py" line="109"/>
        <source>责任部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entry_model.py" line="153"/>
        <source>（待定编号）</source>
        <translation>(no number yet)</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <location filename="../../jxdeclare/ui/system/entries.py" line="163"/>
        <source>按编号、名称、部门筛选</source>
        <translation>Filter by number, title or department</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entries.py" line="165"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entries.py" line="168"/>
        <source>状态有变化</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entries.py" line="176"/>
        <source>添加标准…</source>
        <translation>Add standard…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entries.py" line="177"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entries.py" line="178"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entries.py" line="179"/>
        <source>标记已复审</source>
        <translation>Mark reviewed</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entries.py" line="180"/>
        <source>确认状态变化</source>
        <translation>Acknowledge changes</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entries.py" line="248"/>
        <source>未归入子体系</source>
        <translation>Not in a branch</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entries.py" line="272"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entries.py" line="279"/>
        <source>
…共 %1 项</source>
        <translation>
… %1 in all</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entries.py" line="281"/>
        <source>删除标准</source>
        <translation>Delete standards</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entries.py" line="281"/>
        <source>从标准体系中删除：
%1%2
此操作不能撤销。</source>
        <translation>Delete from the standard system:
%1%2
This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entries.py" line="291"/>
        <source>已删除 %1 项。</source>
        <translation>Deleted %1.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entries.py" line="300"/>
        <source>已标记 %1 项为今天复审。</source>
        <translation>Marked %1 as reviewed today.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/entries.py" line="305"/>
        <source>已确认状态变化。</source>
        <translation>Status changes acknowledged.</translation>
    </message>
</context>
<context>
    <name>EntryTable</name>
    <message>
        <location filename="../../jxdeclare/ui/system/entries.py" line="142"/>
        <source> 等 %1 项</source>
        <translation> and others (%1)</translation>
    </message>
</context>
<context>
    <name>ErrorDialogs</name>
    <message>
        <location filename="../../jxdeclare/ui/errors.py" line="18"/>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/errors.py" line="24"/>
        <source>意外错误</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../jxdeclare/ui/editor/file_actions.py" line="38"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/file_actions.py" line="39"/>
        <source>发布…</source>
        <translation>Publish…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/file_actions.py" line="40"/>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/file_actions.py" line="41"/>
        <source>导出 Word…</source>
        <translation>Export Word…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/file_actions.py" line="42"/>
        <source>导出 .jxstd…</source>
        <translation>Export .jxstd…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/file_actions.py" line="43"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/file_actions.py" line="50"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/file_actions.py" line="51"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/file_actions.py" line="60"/>
        <location filename="../../jxdeclare/ui/editor/file_actions.py" line="68"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/file_actions.py" line="66"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/file_actions.py" line="83"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/file_actions.py" line="93"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/file_actions.py" line="95"/>
        <source>该标准已在别处被修改，本窗口不能再保存到数据库。请用“导出 .jxstd…”保存本窗口的内容，重新打开标准后再把修改补上。</source>
        <translation>The standard was changed elsewhere, so this window can no longer save to the database. Keep this window&apos;s content with “Export .jxstd…”, reopen the standard and apply your changes again.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/file_actions.py" line="107"/>
        <source>发布标准</source>
        <translation>Publish standard</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/file_actions.py" line="109"/>
        <source>发布后，当前内容成为正式版本，不再改变；以后的修改将作为新的修订稿。确定发布吗？</source>
        <translation>Publishing makes the current content an official version that no longer changes; later edits become a new revision. Publish?</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/file_actions.py" line="118"/>
        <source>已发布</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/file_actions.py" line="130"/>
        <source>该标准已发布：修改将保存为新的修订稿，已发布的版本保持不变。</source>
        <translation>This standard is published: edits are saved as a new revision; the published version stays as it is.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/file_actions.py" line="139"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/file_actions.py" line="140"/>
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/file_actions.py" line="141"/>
        <source>标准草稿文件 (*.jxstd)</source>
        <translation>Draft files (*.jxstd)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/file_actions.py" line="144"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/file_actions.py" line="171"/>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/file_actions.py" line="175"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>FilingDialog</name>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="52"/>
        <source>食品标准备案：%1</source>
        <translation>Food standard filing: %1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="54"/>
        <source>指标严于食品安全国家标准的食品企业标准，经社会公示后报江西省卫生健康委员会备案（《食品安全法》第三十条）。本软件准备备案材料并记录每一步，不代为操作卫生健康委员会的备案系统。</source>
        <translation>A food enterprise standard with indicators stricter than the national food safety standards is filed with the Jiangxi Provincial Health Commission after public comment (Food Safety Law, Article 30). This program prepares the filing documents and records each step; it does not operate the commission&apos;s filing system for you.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="64"/>
        <source>生成备案材料…</source>
        <translation>Write filing package…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="67"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="79"/>
        <source>备案记录</source>
        <translation>Filing record</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="81"/>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="86"/>
        <source>正在比较指标…</source>
        <translation>Comparing indicators…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="88"/>
        <source>状态：</source>
        <translation>State:</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="89"/>
        <source>社会公示：</source>
        <translation>Public comment:</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="90"/>
        <source>备案号：</source>
        <translation>Filing number:</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="91"/>
        <source>备案日期：</source>
        <translation>Filed on:</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="92"/>
        <source>有效期至：</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="93"/>
        <source>备案范围：</source>
        <translation>Needs filing:</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="97"/>
        <source>办理经过</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="98"/>
        <source>记录时间</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="98"/>
        <source>记录人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="98"/>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="98"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="99"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="110"/>
        <source>记录下一步</source>
        <translation>Record the next step</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="117"/>
        <source>步骤：</source>
        <translation>Step:</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="125"/>
        <source>可选</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="126"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="128"/>
        <source>备注：</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="148"/>
        <source>不是食品标准：备案只适用于指标严于食品安全国家标准的食品企业标准。</source>
        <translation>Not a food standard: filing applies only to food enterprise standards with indicators stricter than the national food safety standards.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="150"/>
        <source>没有严于食品安全国家标准的指标：不需要备案。</source>
        <translation>No indicator is stricter than the national food safety standards: no filing is needed.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="153"/>
        <source>严于食品安全国家标准的指标 %1 项：%2</source>
        <translation>Indicators stricter than the national food safety standards: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="162"/>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="163"/>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="164"/>
        <source>未记录</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="165"/>
        <source>有效期以卫生健康委员会答复为准</source>
        <translation>validity to be confirmed with the health commission</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="187"/>
        <source>尚未记录（先在卫生健康委员会备案系统进行社会公示）</source>
        <translation>nothing recorded yet (start with public comment in the commission&apos;s filing system)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="188"/>
        <source>社会公示</source>
        <translation>Public comment</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="189"/>
        <source>已备案</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="190"/>
        <source>修订中（须重新公示和备案）</source>
        <translation>Being revised (public comment and filing again)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="191"/>
        <source>已注销</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="197"/>
        <source>%1 至 %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="198"/>
        <source>备案号 %3，备案日期 %4，有效期至 %5</source>
        <translation>filing number %3, filed on %4, valid until %5</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="199"/>
        <source>%6：须重新公示和备案</source>
        <translation>%6: public comment and filing again</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="200"/>
        <source>%6，有效期至 %5</source>
        <translation>%6, valid until %5</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="215"/>
        <source>，备案号 %1</source>
        <translation>, filing number %1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="246"/>
        <source>备案材料保存到</source>
        <translation>Save the filing package in</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="259"/>
        <source>正在生成备案材料…</source>
        <translation>Writing the filing package…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="264"/>
        <source>备案材料</source>
        <translation>Filing package</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="265"/>
        <source>已写入 %1。
编制说明中黄色底纹的“填写”部分请企业补充，然后在卫生健康委员会备案系统提交。</source>
        <translation>Written to %1.
The enterprise completes the parts marked “填写” on a yellow background in the drafting notes, then submits them in the commission&apos;s filing system.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="275"/>
        <source>不属于备案范围</source>
        <translation>Not subject to filing</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/dialog.py" line="276"/>
        <source>%1

仍要生成这些材料吗？</source>
        <translation>%1

Write the package anyway?</translation>
    </message>
</context>
<context>
    <name>FilingSteps</name>
    <message>
        <location filename="../../jxdeclare/ui/filing/steps.py" line="20"/>
        <source>社会公示</source>
        <translation>Public comment</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/steps.py" line="21"/>
        <source>备案</source>
        <translation>Filing</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/steps.py" line="22"/>
        <source>修订</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/steps.py" line="23"/>
        <source>延续</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/steps.py" line="24"/>
        <source>注销</source>
        <translation>Cancellation</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../jxdeclare/ui/editor/findings_panel.py" line="66"/>
        <source>检查结果</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/findings_panel.py" line="73"/>
        <source>忽略所选警告…</source>
        <translation>Accept the selected warning…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/findings_panel.py" line="74"/>
        <source>写明理由后忽略该警告；理由随标准保存，并在报告中列出</source>
        <translation>Accept the warning with a reason; the reason is kept with the standard and listed in reports</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/findings_panel.py" line="78"/>
        <source>选择产品类别…</source>
        <translation>Choose category…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/findings_panel.py" line="79"/>
        <source>按 GB 2762 附录A、GB 2760 表E.1 的类别与强制性限量比较</source>
        <translation>Compare with the mandatory limits of a GB 2762 Annex A / GB 2760 Table E.1 category</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/findings_panel.py" line="102"/>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/findings_panel.py" line="106"/>
        <source>检查失败：</source>
        <translation>The check failed: </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/findings_panel.py" line="117"/>
        <source>%1｜%2&#x3000;%3&#x3000;%4</source>
        <translation>%1 | %2  %3  %4</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/findings_panel.py" line="120"/>
        <source>（已忽略：%1）</source>
        <translation> (accepted: %1)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/findings_panel.py" line="121"/>
        <source>%1&#x3000;[%2]</source>
        <translation>%1  [%2]</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/findings_panel.py" line="132"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jxdeclare/ui/editor/findings_panel.py" line="133"/>
        <source>错误 %n 项</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/findings_panel.py" line="133"/>
        <location filename="../../jxdeclare/ui/editor/findings_panel.py" line="134"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jxdeclare/ui/editor/findings_panel.py" line="134"/>
        <source>警告 %n 项</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jxdeclare/ui/editor/findings_panel.py" line="135"/>
        <source>提示 %n 项</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/findings_panel.py" line="138"/>
        <source>&#x3000;产品类别：%1</source>
        <translation>  Product category: %1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/findings_panel.py" line="153"/>
        <location filename="../../jxdeclare/ui/editor/findings_panel.py" line="159"/>
        <source>忽略警告</source>
        <translation>Accept warning</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/findings_panel.py" line="153"/>
        <source>忽略的理由（将随标准保存并列入检查报告）：</source>
        <translation>Why it is accepted (kept with the standard and listed in check reports):</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/findings_panel.py" line="180"/>
        <source>选择产品类别</source>
        <translation>Choose the product category</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <location filename="../../jxdeclare/ui/first_steps.py" line="22"/>
        <source>开始使用：五步完成企业标准的自我声明</source>
        <translation>Getting started: five steps to a self-declared enterprise standard</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/first_steps.py" line="26"/>
        <source>收起，不再显示</source>
        <translation>Hide, do not show again</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/first_steps.py" line="49"/>
        <source>添加企业</source>
        <translation>Add the enterprise</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/first_steps.py" line="50"/>
        <source>建立标准体系</source>
        <translation>Build the standard system</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/first_steps.py" line="51"/>
        <source>起草标准</source>
        <translation>Draft a standard</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/first_steps.py" line="52"/>
        <source>合规检查</source>
        <translation>Compliance check</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/first_steps.py" line="53"/>
        <source>自我声明</source>
        <translation>Self-declaration</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/first_steps.py" line="62"/>
        <source>✓ 已完成</source>
        <translation>✓ Done</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/first_steps.py" line="62"/>
        <source>未完成</source>
        <translation>Not done yet</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/first_steps.py" line="65"/>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/first_steps.py" line="65"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>GuidedEntryDialog</name>
    <message>
        <location filename="../../jxdeclare/ui/declarations/guided_entry.py" line="56"/>
        <source>人工录入国家平台：%1</source>
        <translation>Guided entry on the national platform: %1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/guided_entry.py" line="61"/>
        <source>开始人工录入</source>
        <translation>Start entering by hand</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/guided_entry.py" line="62"/>
        <source>撤销人工录入</source>
        <translation>Undo entering by hand</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/guided_entry.py" line="71"/>
        <source>已录入</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/guided_entry.py" line="71"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/guided_entry.py" line="71"/>
        <source>要填写的内容</source>
        <translation>Value to enter</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/guided_entry.py" line="78"/>
        <source>公开后平台上的记录编号或网址</source>
        <translation>The public record id or address on the platform</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/guided_entry.py" line="79"/>
        <source>登记公开记录</source>
        <translation>Record as published</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/guided_entry.py" line="86"/>
        <source>在国家平台（企业标准信息公共服务平台）登录后，按下表顺序逐项填写；点“复制”把内容放到剪贴板，填好后勾选“已录入”。</source>
        <translation>Log in to the national platform (企业标准信息公共服务平台) and fill in the fields in the order below; “Copy” puts a value on the clipboard; tick “Entered” when done.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/guided_entry.py" line="101"/>
        <source>正在准备…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/guided_entry.py" line="122"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/guided_entry.py" line="150"/>
        <source>人工录入中（状态“提交中”）：批量提交不会发送这份声明。平台公开后在下方登记公开编号；不再录入时点“撤销人工录入”，声明回到“已排队”。</source>
        <translation>Being entered by hand (state “Submitting”): batch submission will not send this declaration. Once the platform publishes it, record the public id below; to stop, click “Undo entering by hand” and the declaration goes back to “Queued”.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/guided_entry.py" line="155"/>
        <source>状态“%1”：现在只是查看。开始在平台填写前请点“开始人工录入”——声明标为“提交中”，批量提交就不会再发送它；随时可以撤销。</source>
        <translation>State “%1”: you are only viewing. Before you start typing on the platform, click “Start entering by hand”: the declaration is marked “Submitting” so that batch submission will not send it; this can be undone at any time.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/guided_entry.py" line="159"/>
        <source>（会先校验并排队。）</source>
        <translation>(It is validated and queued first.)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/guided_entry.py" line="161"/>
        <source>状态“%1”：不能人工录入。</source>
        <translation>State “%1”: cannot be entered by hand.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/guided_entry.py" line="171"/>
        <source>有需要确认的警告：
%1

确认后开始人工录入吗？</source>
        <translation>There are warnings to confirm:
%1

Confirm them and start entering by hand?</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/guided_entry.py" line="173"/>
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/guided_entry.py" line="194"/>
        <source>已复制：%1</source>
        <translation>Copied: %1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/guided_entry.py" line="209"/>
        <source>已录入 %1 / %2 项</source>
        <translation>%1 of %2 entered</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../jxdeclare/ui/pages/home.py" line="56"/>
        <source>全部企业</source>
        <translation>All enterprises</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/home.py" line="58"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/home.py" line="64"/>
        <source>显示新手引导</source>
        <translation>Show the getting-started guide</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/home.py" line="71"/>
        <source>正在加载…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/home.py" line="73"/>
        <source>企业：</source>
        <translation>Enterprise:</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/home.py" line="110"/>
        <source>未能汇总待办事项。</source>
        <translation>Could not gather the to-do list.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/home.py" line="123"/>
        <source>数据包无法使用，标准的复审、状态变化和草稿检查暂未列出：%1</source>
        <translation>The data pack cannot be used, so reviews, status changes and draft checks are not listed: %1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/home.py" line="162"/>
        <source>建立标准体系</source>
        <translation>Build the standard system</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/home.py" line="163"/>
        <source>填写标准草稿</source>
        <translation>Fill in standard drafts</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/home.py" line="164"/>
        <source>改正检查发现的错误</source>
        <translation>Correct the errors the check found</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/home.py" line="165"/>
        <source>处理数据包变化</source>
        <translation>Deal with data pack changes</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/home.py" line="166"/>
        <source>复审企业标准</source>
        <translation>Review enterprise standards</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/home.py" line="167"/>
        <source>处理提交失败的声明</source>
        <translation>Deal with failed declarations</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/home.py" line="168"/>
        <source>提交已排队的声明</source>
        <translation>Submit queued declarations</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/home.py" line="169"/>
        <source>等待平台确认</source>
        <translation>Awaiting the platform’s confirmation</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/home.py" line="170"/>
        <source>办理食品标准备案</source>
        <translation>File food standards</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/home.py" line="184"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/home.py" line="191"/>
        <location filename="../../jxdeclare/ui/pages/home.py" line="209"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/home.py" line="202"/>
        <source>截至 %1，共 %2 项待办。点击一项即可前往处理。</source>
        <translation>As of %1: %2 to do. Click one to go where it is done.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/home.py" line="203"/>
        <source>目前没有待办事项。</source>
        <translation>Nothing to do at the moment.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/home.py" line="211"/>
        <source>尚未建立标准体系：从模板建立，或导入已有的标准明细表</source>
        <translation>No standard system yet: build one from a template or import an existing standards list</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jxdeclare/ui/pages/home.py" line="213"/>
        <source>%1：%n 处尚未填写</source>
        <translation>
            <numerusform>%1: %n part left to fill in</numerusform>
            <numerusform>%1: %n parts left to fill in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jxdeclare/ui/pages/home.py" line="215"/>
        <source>%1：检查发现 %n 个错误</source>
        <translation>
            <numerusform>%1: the check found %n error</numerusform>
            <numerusform>%1: the check found %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jxdeclare/ui/pages/home.py" line="217"/>
        <source>%n 份声明已排队，等待批量提交</source>
        <translation>
            <numerusform>%n declaration queued, waiting for batch submission</numerusform>
            <numerusform>%n declarations queued, waiting for batch submission</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jxdeclare/ui/pages/home.py" line="219"/>
        <source>%n 份声明已提交，等待平台确认</source>
        <translation>
            <numerusform>%n declaration submitted, waiting for the portal to confirm</numerusform>
            <numerusform>%n declarations submitted, waiting for the portal to confirm</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/home.py" line="222"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/home.py" line="228"/>
        <source>%1（原因：%2）</source>
        <translation>%1 — reason: %2</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../jxdeclare/ui/system/import_dialog.py" line="146"/>
        <source>选择标准明细表</source>
        <translation>Choose a standards detail list</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/import_dialog.py" line="146"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/import_dialog.py" line="158"/>
        <source>正在读取 %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/import_dialog.py" line="172"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/import_dialog.py" line="175"/>
        <source>已导入 %1 条，已有而跳过 %2 条，新建分支 %3 个。</source>
        <translation>Imported %1; skipped %2 already in the system; created %3 branch(es).</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../jxdeclare/ui/system/import_dialog.py" line="63"/>
        <source>导入预览：%1</source>
        <translation>Import preview: %1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/import_dialog.py" line="68"/>
        <source>跳过有错误的行</source>
        <translation>Skip the rows with errors</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/import_dialog.py" line="73"/>
        <source>导入 %1 条</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/import_dialog.py" line="94"/>
        <source>将导入 %1 条，已在体系中（跳过）%2 条，有错误 %3 行，提示 %4 条。</source>
        <translation>%1 to import, %2 already in the system (skipped), %3 row(s) with errors, %4 note(s).</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/import_dialog.py" line="101"/>
        <source>该企业尚无标准体系：将先按“%1”建立体系结构。</source>
        <translation>The enterprise has no standard system yet: the structure of “%1” is laid out first.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/import_dialog.py" line="104"/>
        <source>将新建分支：</source>
        <translation>New branches: </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/import_dialog.py" line="106"/>
        <source>有错误的行不会导入；勾选“跳过有错误的行”后才能导入其余各行。</source>
        <translation>Rows with errors are not imported; tick “Skip the rows with errors” to import the others.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/import_dialog.py" line="111"/>
        <location filename="../../jxdeclare/ui/system/import_dialog.py" line="112"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/import_dialog.py" line="111"/>
        <source>标准编号</source>
        <translation>Standard number</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/import_dialog.py" line="111"/>
        <source>标准名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/import_dialog.py" line="111"/>
        <source>归入</source>
        <translation>Goes to</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/import_dialog.py" line="112"/>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/import_dialog.py" line="112"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/import_dialog.py" line="116"/>
        <source>将导入 (%1)</source>
        <translation>To import (%1)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/import_dialog.py" line="117"/>
        <source>已有，跳过 (%1)</source>
        <translation>Already there, skipped (%1)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/import_dialog.py" line="119"/>
        <source>错误 (%1)</source>
        <translation>Errors (%1)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/import_dialog.py" line="121"/>
        <source>提示 (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../../jxdeclare/ui/editor/indicator_editor.py" line="90"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/indicator_editor.py" line="90"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/indicator_editor.py" line="90"/>
        <source>比较符</source>
        <translation>Comparator</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/indicator_editor.py" line="90"/>
        <source>指标值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/indicator_editor.py" line="91"/>
        <source>检验方法</source>
        <translation>Test method</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/indicator_editor.py" line="91"/>
        <source>强制性标准</source>
        <translation>Mandatory standard</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/indicator_editor.py" line="91"/>
        <source>条款</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/indicator_editor.py" line="91"/>
        <source>强制限量</source>
        <translation>Mandatory limit</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/indicator_editor.py" line="109"/>
        <source>加行</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/indicator_editor.py" line="110"/>
        <source>删行</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/indicator_editor.py" line="111"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/indicator_editor.py" line="112"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/indicator_editor.py" line="145"/>
        <source>指标比强制性标准的限量宽松，不符合强制性要求</source>
        <translation>Looser than the mandatory limit: does not meet the mandatory requirement</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/indicator_editor.py" line="153"/>
        <source>修改指标</source>
        <translation>Edit indicator</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/indicator_editor.py" line="171"/>
        <source>添加指标</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/indicator_editor.py" line="177"/>
        <source>删除指标</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/indicator_editor.py" line="187"/>
        <source>移动指标</source>
        <translation>Move indicator</translation>
    </message>
</context>
<context>
    <name>IntroductionForm</name>
    <message>
        <location filename="../../jxdeclare/ui/editor/clause_form.py" line="90"/>
        <source>引言</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/clause_form.py" line="91"/>
        <source>引言可选：说明编制本文件的原因和技术内容的特殊信息。没有内容时不输出。</source>
        <translation>The introduction is optional: why the document was written and special information on its content. Left out when empty.</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="52"/>
        <source>输入标准编号（如 GB 2762）或名称中的词（如 污染物）</source>
        <translation>Type a standard number (e.g. GB 2762) or a word of its Chinese title</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="55"/>
        <source>正在加载数据包…</source>
        <translation>Loading the data pack…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="59"/>
        <source>标准编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="59"/>
        <source>标准名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="59"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="66"/>
        <source>数据包管理…</source>
        <translation>Data packs…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="84"/>
        <source>查询标准的状态</source>
        <translation>Look up a standard’s status</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="85"/>
        <source>输入标准编号（如 GB 2762）或名称中的词（如 污染物），查看标准是现行、即将实施、被代替还是废止，被哪一版代替，以及数据包中引用它的限量。不需要联网。</source>
        <translation>Type a standard number (e.g. GB 2762) or a word of its Chinese title to see whether it is current, coming into force, superseded or withdrawn, which edition replaced it, and the limits in the data pack that rest on it. No network needed.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="88"/>
        <source>试查 GB 2762</source>
        <translation>Try GB 2762</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="135"/>
        <source>数据包加载失败。</source>
        <translation>The data pack could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="155"/>
        <source>未找到 nothing found</source>
        <translation>nothing found</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="174"/>
        <source>，实施日期 </source>
        <translation>, in force from </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="176"/>
        <source>被代替为</source>
        <translation>Replaced by</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="176"/>
        <source>代替关系</source>
        <translation>Replacement chain</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="177"/>
        <source>引用此标准的限量</source>
        <translation>Limits citing this standard</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="177"/>
        <source>状态日期</source>
        <translation>Status as of</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="38"/>
        <source>江西企业标准化助手</source>
        <translation>Jiangxi Enterprise Standardization Assistant</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="51"/>
        <source>数据库：</source>
        <translation>Database: </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="149"/>
        <source>工作台</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="149"/>
        <source>下一步要做的事；第一次使用时的五步引导。</source>
        <translation>What to do next; a five-step guide on first use.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="151"/>
        <source>标准体系</source>
        <translation>Standard system</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="151"/>
        <source>建立和维护企业标准体系、标准明细表与统计表。</source>
        <translation>Build and maintain the enterprise standard system, its detail and statistics tables.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="153"/>
        <source>标准起草</source>
        <translation>Drafting</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="154"/>
        <source>按 GB/T 1.1—2020 从模板起草企业标准并输出 PDF 和 Word。</source>
        <translation>Draft enterprise standards from templates to GB/T 1.1—2020, output as PDF and Word.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="156"/>
        <source>合规检查</source>
        <translation>Compliance check</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="156"/>
        <source>离线检查标准文本是否符合强制性标准和编写规则。</source>
        <translation>Check standards offline against mandatory standards and drafting rules.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="157"/>
        <source>自我声明</source>
        <translation>Self-declaration</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="157"/>
        <source>企业产品和服务标准自我声明公开及批量提交。</source>
        <translation>Public self-declaration of product and service standards, submitted in batches.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="158"/>
        <source>标准库</source>
        <translation>Standards library</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="158"/>
        <source>离线标准目录与数据包管理。</source>
        <translation>Offline standards catalogue and data packs.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="150"/>
        <source>企业</source>
        <translation>Enterprises</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jxdeclare/ui/main_window.py" line="108"/>
        <source>共 %n 家企业</source>
        <translation>
            <numerusform>%n enterprise</numerusform>
            <numerusform>%n enterprises</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="162"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="163"/>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="166"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>NewDeclarationDialog</name>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="214"/>
        <source>新建自我声明</source>
        <translation>New declaration</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="217"/>
        <source>本企业标准（从标准起草）</source>
        <translation>An own standard (from drafting)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="218"/>
        <source>执行的国家/行业/地方/团体标准</source>
        <translation>A national, industry, local or group standard</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="221"/>
        <source>如 GB/T 14456.1—2017</source>
        <translation>e.g. GB/T 14456.1—2017</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="225"/>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="226"/>
        <source>声明的标准</source>
        <translation>Standard declared</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="227"/>
        <source>本企业标准</source>
        <translation>Own standard</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="228"/>
        <source>标准编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="236"/>
        <source>产品（每行一个）：</source>
        <translation>Products (one per row):</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="290"/>
        <source>正在生成标准文本并建立声明…</source>
        <translation>Rendering the standard and creating the declaration…</translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message>
        <location filename="../../jxdeclare/ui/draft_wizard.py" line="52"/>
        <source>新建企业标准</source>
        <translation>New enterprise standard</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/draft_wizard.py" line="72"/>
        <source>多个用逗号分隔</source>
        <translation>Separate several with commas</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/draft_wizard.py" line="94"/>
        <source>企业*</source>
        <translation>Enterprise*</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/draft_wizard.py" line="95"/>
        <source>模板*</source>
        <translation>Template*</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/draft_wizard.py" line="103"/>
        <source>产品名称*</source>
        <translation>Product name*</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/draft_wizard.py" line="104"/>
        <source>标准编号*</source>
        <translation>Standard number*</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/draft_wizard.py" line="106"/>
        <source>发布日期</source>
        <translation>Publication date</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/draft_wizard.py" line="107"/>
        <source>实施日期</source>
        <translation>Implementation date</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/draft_wizard.py" line="109"/>
        <source>代替标准</source>
        <translation>Replaces</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/draft_wizard.py" line="118"/>
        <source>标准库中没有同时给出发布和实施日期的标准，请按计划填写实施日期。</source>
        <translation>No standard in the catalogue gives both a publication and an implementation date; fill in the implementation date as planned.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/draft_wizard.py" line="120"/>
        <source>默认在发布后 %1 天实施：标准库中 %2 个标准从发布到实施的中位间隔。可以修改。</source>
        <translation>Comes into force %1 days after publication by default: the median gap between publication and implementation of %2 standards in the catalogue. You can change it.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/draft_wizard.py" line="143"/>
        <source>需要填写：</source>
        <translation>To fill in: </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/draft_wizard.py" line="147"/>
        <source>正在查找下一个空号…</source>
        <translation>Finding the next free number…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/draft_wizard.py" line="163"/>
        <source>按企业的名称、产品和已有标准推荐此模板。</source>
        <translation>Proposed from the enterprise’s name, products and existing standards.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/draft_wizard.py" line="164"/>
        <source>上次选用的模板。</source>
        <translation>The template chosen last time.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/draft_wizard.py" line="177"/>
        <source>请先在“企业”页添加企业</source>
        <translation>Add an enterprise on the Enterprises page first</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/draft_wizard.py" line="179"/>
        <source>请填写产品名称</source>
        <translation>Enter the product name</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/draft_wizard.py" line="182"/>
        <source>标准编号：</source>
        <translation>Standard number: </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/draft_wizard.py" line="184"/>
        <source>企业标准编号应以 Q/ 开头</source>
        <translation>An enterprise standard number starts with Q/</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/draft_wizard.py" line="187"/>
        <source>代替标准编号无效：</source>
        <translation>Invalid replaced standard number: </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/draft_wizard.py" line="189"/>
        <source>实施日期不能早于发布日期</source>
        <translation>The implementation date cannot be before the publication date</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <location filename="../../jxdeclare/ui/editor/outline.py" line="38"/>
        <source>封面和前言</source>
        <translation>Cover and foreword</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/outline.py" line="39"/>
        <source>引言</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/outline.py" line="39"/>
        <source>引言（可选）</source>
        <translation>Introduction (optional)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/outline.py" line="55"/>
        <source>参考文献</source>
        <translation>Bibliography</translation>
    </message>
</context>
<context>
    <name>OutlineActions</name>
    <message>
        <location filename="../../jxdeclare/ui/editor/outline_actions.py" line="32"/>
        <source>新增章/条</source>
        <translation>Add chapter/clause</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/outline_actions.py" line="33"/>
        <source>新增子条</source>
        <translation>Add sub-clause</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/outline_actions.py" line="34"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/outline_actions.py" line="35"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/outline_actions.py" line="36"/>
        <source>升级</source>
        <translation>Promote</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/outline_actions.py" line="37"/>
        <source>降级</source>
        <translation>Demote</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/outline_actions.py" line="38"/>
        <location filename="../../jxdeclare/ui/editor/outline_actions.py" line="101"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/outline_actions.py" line="39"/>
        <source>新增附录</source>
        <translation>Add annex</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/outline_actions.py" line="56"/>
        <source>在选中的章或条之后新增同级的章或条</source>
        <translation>Add a chapter or clause after the selected one, at the same level</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/outline_actions.py" line="57"/>
        <source>在选中的章或条下新增一条</source>
        <translation>Add a clause under the selected chapter or clause</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/outline_actions.py" line="58"/>
        <source>选中的条升一级，排在原上级之后</source>
        <translation>Promote the selected clause one level, after its former parent</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/outline_actions.py" line="59"/>
        <source>选中的条降一级，成为前一条的子条</source>
        <translation>Demote the selected clause one level, under the clause before it</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/outline_actions.py" line="68"/>
        <location filename="../../jxdeclare/ui/editor/outline_actions.py" line="72"/>
        <source>结构</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/outline_actions.py" line="105"/>
        <source>不能再分：条最多分到章以下第五层。</source>
        <translation>Cannot go deeper: clauses go at most five levels below the chapter.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/outline_actions.py" line="107"/>
        <source>“范围”“规范性引用文件”“术语和定义”固定为第1～3章，不能移动，其他章也不能排到它们之前。</source>
        <translation>Scope, Normative references and Terms and definitions are always chapters 1–3: they cannot be moved, and no chapter can go before them.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/outline_actions.py" line="110"/>
        <source>“范围”“规范性引用文件”“术语和定义”是必备的章，不能删除（没有内容时自动写明）。</source>
        <translation>Scope, Normative references and Terms and definitions are required chapters and cannot be deleted (when empty, the document says so automatically).</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/outline_actions.py" line="112"/>
        <source>前面没有同级的章或条，不能降级。</source>
        <translation>There is no preceding chapter or clause at this level: cannot demote.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/outline_actions.py" line="113"/>
        <source>章和附录的第一层条不能再升级。</source>
        <translation>Chapters and first-level annex clauses cannot be promoted.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/outline_actions.py" line="114"/>
        <source>附录不能升级或降级。</source>
        <translation>Annexes cannot be promoted or demoted.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/outline_actions.py" line="115"/>
        <source>已经排在最前面或最后面。</source>
        <translation>Already first or last.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/outline_actions.py" line="116"/>
        <source>请先在左侧选中一个章、条或附录。</source>
        <translation>Select a chapter, clause or annex on the left first.</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="50"/>
        <source>数据包管理</source>
        <translation>Data packs</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="72"/>
        <source>启用</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="55"/>
        <source>数据包</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="54"/>
        <source>使用</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="56"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="57"/>
        <source>数据截至</source>
        <translation>Data as of</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="58"/>
        <source>发布者</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="59"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="60"/>
        <source>签名</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="70"/>
        <source>导入数据包…</source>
        <translation>Import pack…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="71"/>
        <source>与当前比较</source>
        <translation>Compare with active</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="73"/>
        <source>回退到上一个</source>
        <translation>Roll back</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="101"/>
        <source>当前使用</source>
        <translation>In use now</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="106"/>
        <source>内置</source>
        <translation>Bundled</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="106"/>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="107"/>
        <source>已签名</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="107"/>
        <source>未签名</source>
        <translation>unsigned</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="115"/>
        <source>请先在列表中选择一个数据包。</source>
        <translation>Select a pack in the list first.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="121"/>
        <source>导入数据包</source>
        <translation>Import data pack</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="121"/>
        <source>数据包 (*.jxpack *.zip)</source>
        <translation>Data packs (*.jxpack *.zip)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="133"/>
        <source>正在校验数据包…</source>
        <translation>Verifying the pack…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="139"/>
        <source>校验通过，已导入：</source>
        <translation>Verified and imported: </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="141"/>
        <source>（未签名）</source>
        <translation> (unsigned)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="148"/>
        <source>数据包被拒绝，当前数据包未受影响：</source>
        <translation>The pack was refused; the active pack is unchanged:</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="152"/>
        <source>未签名的数据包</source>
        <translation>Unsigned pack</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="154"/>
        <source>这个数据包没有签名，无法确认来源。只有确认它来自您信任的机构时才导入；用它得出的检查结果会标注“未签名数据包”。仍要导入吗？</source>
        <translation>This pack is not signed, so its origin cannot be confirmed. Import it only if you know it comes from an organisation you trust; results computed from it are marked “unsigned pack”. Import anyway?</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="170"/>
        <source>正在比较…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="175"/>
        <source>与当前数据包相比没有变化。</source>
        <translation>No changes against the active pack.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="178"/>
        <source>新增的标准</source>
        <translation>Standards added</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="178"/>
        <source>移除的标准</source>
        <translation>Standards removed</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="211"/>
        <source>正在切换数据包…</source>
        <translation>Switching data packs…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="222"/>
        <source>当前数据包：</source>
        <translation>Active pack: </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="225"/>
        <source>受此变化影响、需要重新检查的企业标准（%1 项）：</source>
        <translation>Enterprise standards affected by this change, to check again (%1):</translation>
    </message>
</context>
<context>
    <name>ProductTable</name>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="47"/>
        <source>产品名称*</source>
        <translation>Product name*</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="47"/>
        <source>型号*</source>
        <translation>Model*</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="47"/>
        <source>分类*</source>
        <translation>Category*</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="47"/>
        <source>规格</source>
        <translation>Specification</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="48"/>
        <source>条码</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="48"/>
        <source>通用名</source>
        <translation>Generic name</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="48"/>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/dialogs.py" line="48"/>
        <source>标签标注的标准号</source>
        <translation>Number on the label</translation>
    </message>
</context>
<context>
    <name>ReferencesField</name>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="39"/>
        <source>修改参考文献</source>
        <translation>Edit bibliography</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/cover_form.py" line="39"/>
        <source>修改规范性引用文件</source>
        <translation>Edit normative references</translation>
    </message>
</context>
<context>
    <name>ReferencesForm</name>
    <message>
        <location filename="../../jxdeclare/ui/editor/clause_form.py" line="98"/>
        <source>参考文献</source>
        <translation>Bibliography</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/clause_form.py" line="98"/>
        <source>规范性引用文件</source>
        <translation>Normative references</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/clause_form.py" line="102"/>
        <source>每行一项：“编号&#x3000;名称”，编号和名称之间用全角空格或制表符分开。输出时自动排序。</source>
        <translation>One per line: the number, a full-width space or a tab, then the title. Sorted automatically on output.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/clause_form.py" line="107"/>
        <source>引导语由 GB/T 1.1—2020 规定，自动生成；没有引用文件时自动写明没有。</source>
        <translation>The introductory sentence is fixed by GB/T 1.1—2020 and generated; with no references the document says so.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../jxdeclare/ui/settings_dialog.py" line="57"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/settings_dialog.py" line="71"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/settings_dialog.py" line="76"/>
        <source>数据目录</source>
        <translation>Data directory</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/settings_dialog.py" line="77"/>
        <source>数据目录、数据库地址和界面语言在重新启动程序后生效。</source>
        <translation>The data directory, database URL and language take effect after a restart.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/settings_dialog.py" line="91"/>
        <source>选择数据目录</source>
        <translation>Choose the data directory</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../jxdeclare/ui/severity.py" line="26"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/severity.py" line="27"/>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/severity.py" line="28"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>StepForms</name>
    <message>
        <location filename="../../jxdeclare/ui/filing/steps.py" line="46"/>
        <source>卫生健康委员会给出的备案号</source>
        <translation>the number the health commission gave</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/steps.py" line="51"/>
        <source>有新备案号时填写</source>
        <translation>when there is a new filing number</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/steps.py" line="54"/>
        <source>公示开始日期</source>
        <translation>Public comment from</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/steps.py" line="55"/>
        <source>公示结束日期</source>
        <translation>Public comment to</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/steps.py" line="59"/>
        <source>备案号</source>
        <translation>Filing number</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/steps.py" line="60"/>
        <source>备案日期</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/steps.py" line="63"/>
        <source>修订日期</source>
        <translation>Revised on</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/steps.py" line="64"/>
        <source>延续日期</source>
        <translation>Renewed on</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/steps.py" line="65"/>
        <source>新备案号</source>
        <translation>New filing number</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/filing/steps.py" line="66"/>
        <source>注销日期</source>
        <translation>Cancelled on</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="44"/>
        <source>批量提交自我声明</source>
        <translation>Batch submission of declarations</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="49"/>
        <source>交换接口地址</source>
        <translation>Exchange API address</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="50"/>
        <source>同时提交</source>
        <translation>Parallel requests</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="52"/>
        <source>将提交选中的 %1 条声明。</source>
        <translation>The %1 selected declarations will be sent.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="53"/>
        <source>将提交全部“已排队”的声明（先与平台核对“提交中”“待确认”的记录）。</source>
        <translation>All queued declarations will be sent (records in flight are first checked with the portal).</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="57"/>
        <source>标准</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="57"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="57"/>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="63"/>
        <source>平台账号…</source>
        <translation>Portal account…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="64"/>
        <source>开始提交</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="65"/>
        <source>只对账</source>
        <translation>Reconcile only</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="66"/>
        <source>停止</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="67"/>
        <source>重试失败的</source>
        <translation>Retry failed</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="101"/>
        <source>请填写交换接口地址。</source>
        <translation>Enter the exchange API address.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="130"/>
        <source>未对账</source>
        <translation>Not reconciled</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="132"/>
        <source>对账完成：%1 条已核对；仍待平台结果 %2 条。</source>
        <translation>Reconciled: %1 checked; %2 still awaiting the platform’s result.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="171"/>
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="199"/>
        <source>未提交</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="185"/>
        <source>正在停止：已发出的请求完成后停止。</source>
        <translation>Stopping once the requests already sent are answered.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="203"/>
        <source>未了结</source>
        <translation>not settled</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="208"/>
        <source>完成：%1 条已被平台接收，%2 条失败，%3 条未提交；对账 %4 条。</source>
        <translation>Done: %1 accepted by the portal, %2 failed, %3 not sent; %4 reconciled.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="211"/>
        <source>（已停止）</source>
        <translation> (stopped)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jxdeclare/ui/declarations/submit_dialog.py" line="215"/>
        <source>
未了结 %n 条：结果未知或仍待平台处理，见下表；下次提交会先向平台核对，平台已有的不会重复发送。</source>
        <translation>
            <numerusform>
%n record not settled: its result is unknown or the platform has not decided yet (see the table); the next submission checks with the platform first and never sends a record twice.</numerusform>
            <numerusform>
%n records not settled: their result is unknown or the platform has not decided yet (see the table); the next submission checks with the platform first and never sends a record twice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SystemExports</name>
    <message>
        <location filename="../../jxdeclare/ui/system/exports.py" line="36"/>
        <source>标准明细表（Excel）…</source>
        <translation>Standards detail list (Excel)…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/exports.py" line="37"/>
        <source>标准体系报告（PDF 或 Excel）…</source>
        <translation>Standard system report (PDF or Excel)…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/exports.py" line="38"/>
        <source>标准体系结构图（PNG 或 SVG）…</source>
        <translation>Structure diagram (PNG or SVG)…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/exports.py" line="39"/>
        <source>年度标准化统计表（Excel）…</source>
        <translation>Annual standardization statistics (Excel)…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/exports.py" line="59"/>
        <source>导出标准明细表</source>
        <translation>Export the standards detail list</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/exports.py" line="59"/>
        <location filename="../../jxdeclare/ui/system/exports.py" line="84"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/exports.py" line="65"/>
        <source>PDF 报告 (*.pdf);;Excel 工作簿 (*.xlsx)</source>
        <translation>PDF report (*.pdf);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/exports.py" line="66"/>
        <source>生成标准体系报告</source>
        <translation>Write the standard system report</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/exports.py" line="71"/>
        <source>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/exports.py" line="72"/>
        <source>导出标准体系结构图</source>
        <translation>Export the structure diagram</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/exports.py" line="79"/>
        <source>年度统计</source>
        <translation>Annual statistics</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/exports.py" line="79"/>
        <source>统计年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/exports.py" line="83"/>
        <source>导出年度统计表</source>
        <translation>Export the annual statistics</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/exports.py" line="103"/>
        <source>正在生成 %1…</source>
        <translation>Writing %1…</translation>
    </message>
</context>
<context>
    <name>SystemPage</name>
    <message>
        <location filename="../../jxdeclare/ui/pages/system.py" line="79"/>
        <source>已生成：</source>
        <translation>Written: </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/system.py" line="87"/>
        <source>全部企业（机构看板）</source>
        <translation>All enterprises (agency dashboard)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/system.py" line="89"/>
        <source>从 Excel 导入…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/system.py" line="91"/>
        <source>输出</source>
        <translation>Outputs</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/system.py" line="127"/>
        <source>企业：</source>
        <translation>Enterprise:</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/system.py" line="166"/>
        <source>还没有企业。请先在“企业”页添加企业。</source>
        <translation>No enterprises yet. Add one on the Enterprises page first.</translation>
    </message>
</context>
<context>
    <name>SystemTreeView</name>
    <message>
        <location filename="../../jxdeclare/ui/system/tree_view.py" line="114"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/tree_view.py" line="125"/>
        <source>未归入子体系</source>
        <translation>Not in a branch</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../jxdeclare/ui/editor/table_editor.py" line="35"/>
        <location filename="../../jxdeclare/ui/editor/table_editor.py" line="89"/>
        <source>加行</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/table_editor.py" line="36"/>
        <location filename="../../jxdeclare/ui/editor/table_editor.py" line="95"/>
        <source>删行</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/table_editor.py" line="37"/>
        <location filename="../../jxdeclare/ui/editor/table_editor.py" line="103"/>
        <source>加列</source>
        <translation>Add column</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/table_editor.py" line="38"/>
        <location filename="../../jxdeclare/ui/editor/table_editor.py" line="115"/>
        <source>删列</source>
        <translation>Delete column</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/table_editor.py" line="58"/>
        <source>表头</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/editor/table_editor.py" line="76"/>
        <source>修改表格</source>
        <translation>Edit table</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../jxdeclare/ui/tasks.py" line="109"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/tasks.py" line="111"/>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../jxdeclare/ui/terms.py" line="38"/>
        <source>%1 %2 · 数据截至 %3</source>
        <translation>%1 %2 · data as of %3</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/terms.py" line="43"/>
        <source>（未签名数据包）</source>
        <translation> (unsigned data pack)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/terms.py" line="49"/>
        <source>无代号</source>
        <translation>no code</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/terms.py" line="50"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TreeHistory</name>
    <message>
        <location filename="../../jxdeclare/ui/system/undo.py" line="76"/>
        <location filename="../../jxdeclare/ui/system/undo.py" line="97"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/undo.py" line="79"/>
        <location filename="../../jxdeclare/ui/system/undo.py" line="98"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/undo.py" line="161"/>
        <source>重命名分支“%1”</source>
        <translation>rename branch “%1”</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/undo.py" line="182"/>
        <source>新建分支“%1”</source>
        <translation>add branch “%1”</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/undo.py" line="204"/>
        <source>移动分支</source>
        <translation>move branch</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/undo.py" line="229"/>
        <source>移动 %1 项标准</source>
        <translation>move %1 standard(s)</translation>
    </message>
</context>
<context>
    <name>TreePanel</name>
    <message>
        <location filename="../../jxdeclare/ui/system/tree_panel.py" line="52"/>
        <source>新建子体系（顶层）</source>
        <translation>New top-level sub-system</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/tree_panel.py" line="53"/>
        <source>在所选分支下新建</source>
        <translation>New branch under the selected one</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/tree_panel.py" line="54"/>
        <source>重命名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/tree_panel.py" line="55"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/tree_panel.py" line="75"/>
        <source>新建分支</source>
        <translation>New branch</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/tree_panel.py" line="94"/>
        <source>新建子体系</source>
        <translation>New sub-system</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/tree_panel.py" line="94"/>
        <source>子体系名称：</source>
        <translation>Sub-system name:</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/tree_panel.py" line="104"/>
        <source>新建下级分支</source>
        <translation>New branch</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/tree_panel.py" line="104"/>
        <source>在“%1”下新建：</source>
        <translation>New branch under “%1”:</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/tree_panel.py" line="114"/>
        <source>重命名分支</source>
        <translation>Rename branch</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/tree_panel.py" line="114"/>
        <source>新名称：</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/tree_panel.py" line="124"/>
        <source>删除分支“%1 %2”</source>
        <translation>Delete branch “%1 %2”</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/tree_panel.py" line="127"/>
        <source>及其 %1 个下级分支</source>
        <translation> and its %1 sub-branch(es)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/tree_panel.py" line="129"/>
        <source>未归入子体系</source>
        <translation>Not in a branch</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/tree_panel.py" line="130"/>
        <source>？
其中的标准不会删除，将移到“%1”。此操作不能撤销。</source>
        <translation>?
Its standards are kept and move to “%1”. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/tree_panel.py" line="131"/>
        <source>删除分支</source>
        <translation>Delete branch</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/system/tree_panel.py" line="140"/>
        <source>分支已删除，%1 项标准已移到上一级。</source>
        <translation>Branch deleted; %1 standard(s) moved up.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../jxdeclare/ui/severity.py" line="16"/>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/severity.py" line="17"/>
        <source>基本合格（有瑕疵）</source>
        <translation>Pass with flaws</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/severity.py" line="18"/>
        <source>不合格</source>
        <translation>Fail</translation>
    </message>
</context>
</TS>
