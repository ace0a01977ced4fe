<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>EnterpriseDialog</name>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="22"/>
        <source>编辑企业</source>
        <translation>Edit enterprise</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="22"/>
        <source>新增企业</source>
        <translation>New enterprise</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="46"/>
        <source>企业名称*</source>
        <translation>Enterprise name*</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="47"/>
        <source>统一社会信用代码*</source>
        <translation>Unified social credit code*</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="49"/>
        <source>企业代号</source>
        <translation>Enterprise code</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="50"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="51"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="52"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="64"/>
        <source>请输入 18 位统一社会信用代码</source>
        <translation>Enter the 18-character unified social credit code</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="69"/>
        <source>（仅为提示，可以保存）</source>
        <translation> (a warning only: you can save)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/enterprise_dialog.py" line="72"/>
        <source>代码有效</source>
        <translation>Code is valid</translation>
    </message>
</context>
<context>
    <name>EnterpriseModel</name>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprise_model.py" line="21"/>
        <source>企业名称</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprise_model.py" line="22"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprise_model.py" line="23"/>
        <source>企业代号</source>
        <translation>Enterprise code</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprise_model.py" line="24"/>
        <source>所在地</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprise_model.py" line="25"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprise_model.py" line="26"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>EnterprisePage</name>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="52"/>
        <source>按名称或信用代码筛选</source>
        <translation>Filter by name or credit code</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="65"/>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="66"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="67"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="68"/>
        <source>从 Excel 导入…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="69"/>
        <source>导出到 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="156"/>
        <source>删除企业</source>
        <translation>Delete enterprise</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="157"/>
        <source>确定删除企业“%1”及其全部产品、标准和声明记录吗？此操作不能撤销。</source>
        <translation>Delete “%1” with all its products, standards and declarations? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="172"/>
        <source>导入企业</source>
        <translation>Import enterprises</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="172"/>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="212"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="180"/>
        <source>正在导入企业…</source>
        <translation>Importing enterprises…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="188"/>
        <source>……另有 %1 处错误</source>
        <translation>… and %1 more errors</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="191"/>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="192"/>
        <source>文件中有错误，未导入任何企业。请修改后重新导入。</source>
        <translation>The file has errors; no enterprise was imported. Correct the file and import it again.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="201"/>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="202"/>
        <source>已导入 %1 家企业，跳过已存在的 %2 家。</source>
        <translation>Imported %1 enterprises; skipped %2 already on record.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="212"/>
        <source>导出企业</source>
        <translation>Export enterprises</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="219"/>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="220"/>
        <source>已导出 %1 家企业。</source>
        <translation>Exported %1 enterprises.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/enterprises.py" line="224"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>ErrorDialogs</name>
    <message>
        <location filename="../../jxdeclare/ui/errors.py" line="17"/>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/errors.py" line="23"/>
        <source>意外错误</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="49"/>
        <source>输入标准编号（如 GB 2762）或名称中的词（如 污染物）</source>
        <translation>Type a standard number (e.g. GB 2762) or a word of its title (e.g. 污染物)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="52"/>
        <source>正在加载数据包…</source>
        <translation>Loading the data pack…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="56"/>
        <source>标准编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="56"/>
        <source>标准名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="56"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="63"/>
        <source>数据包管理…</source>
        <translation>Data packs…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="119"/>
        <source>数据包加载失败。</source>
        <translation>The data pack could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="154"/>
        <source>，实施日期 </source>
        <translation>, in force from </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="156"/>
        <source>被代替为</source>
        <translation>Replaced by</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="156"/>
        <source>代替关系</source>
        <translation>Replacement chain</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="157"/>
        <source>引用此标准的限量</source>
        <translation>Limits citing this standard</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pages/library.py" line="157"/>
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
        <location filename="../../jxdeclare/ui/main_window.py" line="86"/>
        <source>共 %1 家企业</source>
        <translation>%1 enterprises</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="91"/>
        <source>标准体系</source>
        <translation>Standard system</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="91"/>
        <source>建立和维护企业标准体系、标准明细表与统计表。</source>
        <translation>Build and maintain the enterprise standard system, its detail and statistics tables.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="93"/>
        <source>标准起草</source>
        <translation>Drafting</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="94"/>
        <source>按 GB/T 1.1—2020 从模板起草企业标准并输出 PDF 和 Word。</source>
        <translation>Draft enterprise standards from templates to GB/T 1.1—2020, output as PDF and Word.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="96"/>
        <source>合规检查</source>
        <translation>Compliance check</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="96"/>
        <source>离线检查标准文本是否符合强制性标准和编写规则。</source>
        <translation>Check standards offline against mandatory standards and drafting rules.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="97"/>
        <source>自我声明</source>
        <translation>Self-declaration</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="97"/>
        <source>企业产品和服务标准自我声明公开及批量提交。</source>
        <translation>Public self-declaration of product and service standards, submitted in batches.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="98"/>
        <source>标准库</source>
        <translation>Standards library</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="98"/>
        <source>离线标准目录与数据包管理。</source>
        <translation>Offline standards catalogue and data packs.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="90"/>
        <source>企业</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="102"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="103"/>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/main_window.py" line="106"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="41"/>
        <source>数据包管理</source>
        <translation>Data packs</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="45"/>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="61"/>
        <source>启用</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="46"/>
        <source>数据包</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="47"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="48"/>
        <source>数据截至</source>
        <translation>Data as of</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="49"/>
        <source>签名</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="59"/>
        <source>导入数据包…</source>
        <translation>Import pack…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="60"/>
        <source>与当前比较</source>
        <translation>Compare with active</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="62"/>
        <source>回退到上一个</source>
        <translation>Roll back</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="85"/>
        <source>已签名</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="85"/>
        <source>未签名</source>
        <translation>unsigned</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="93"/>
        <source>请先在列表中选择一个数据包。</source>
        <translation>Select a pack in the list first.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="99"/>
        <source>导入数据包</source>
        <translation>Import data pack</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="99"/>
        <source>数据包 (*.jxpack *.zip)</source>
        <translation>Data packs (*.jxpack *.zip)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="111"/>
        <source>正在校验数据包…</source>
        <translation>Verifying the pack…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="117"/>
        <source>校验通过，已导入：</source>
        <translation>Verified and imported: </translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="119"/>
        <source>（未签名）</source>
        <translation> (unsigned)</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="126"/>
        <source>数据包被拒绝，当前数据包未受影响：</source>
        <translation>The pack was refused; the active pack is unchanged:</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="130"/>
        <source>未签名的数据包</source>
        <translation>Unsigned pack</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="132"/>
        <source>这个数据包没有签名，无法确认来源。只有确认它来自您信任的机构时才导入；用它得出的检查结果会标注“未签名数据包”。仍要导入吗？</source>
        <translation>This pack is not signed, so its origin cannot be confirmed. Import it only if you know it comes from an organisation you trust; results computed from it are marked “unsigned pack”. Import anyway?</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="148"/>
        <source>正在比较…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="153"/>
        <source>与当前数据包相比没有变化。</source>
        <translation>No changes against the active pack.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="156"/>
        <source>新增的标准</source>
        <translation>Standards added</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="156"/>
        <source>移除的标准</source>
        <translation>Standards removed</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/pack_dialog.py" line="189"/>
        <source>当前数据包：</source>
        <translation>Active pack: </translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../jxdeclare/ui/pages/placeholder.py" line="14"/>
        <source>此功能尚未提供，将在后续版本中加入。</source>
        <translation>Not available yet; this feature comes in a later version.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../jxdeclare/ui/settings_dialog.py" line="55"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/settings_dialog.py" line="67"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/settings_dialog.py" line="72"/>
        <source>数据目录</source>
        <translation>Data directory</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/settings_dialog.py" line="73"/>
        <source>数据目录、数据库地址和界面语言在重新启动程序后生效。</source>
        <translation>The data directory, database URL and language take effect after a restart.</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/settings_dialog.py" line="82"/>
        <source>选择数据目录</source>
        <translation>Choose the data directory</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../jxdeclare/ui/tasks.py" line="91"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../jxdeclare/ui/tasks.py" line="93"/>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
</TS>
