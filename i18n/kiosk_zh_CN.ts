<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../screens/qml/AttractScreen.qml" line="32"/>
        <source>Hello! Welcome.</source>
        <translation>您好，欢迎光临！</translation>
    </message>
    <message>
        <location filename="../screens/qml/AttractScreen.qml" line="41"/>
        <source>24-hour government self-service</source>
        <translation>24小时政务自助服务</translation>
    </message>
    <message>
        <location filename="../screens/qml/AttractScreen.qml" line="76"/>
        <source>Touch the screen to start</source>
        <translation>请点击屏幕开始办理</translation>
    </message>
</context>
<context>
    <name>CatalogueEmpty</name>
    <message>
        <location filename="../screens/qml/CatalogueEmpty.qml" line="18"/>
        <source>The service catalogue has not been downloaded yet</source>
        <translation>服务事项目录尚未同步</translation>
    </message>
    <message>
        <location filename="../screens/qml/CatalogueEmpty.qml" line="26"/>
        <source>This kiosk has not received the list of services from the government service platform, so no service can be started here yet. Please try again later or go to a service window.</source>
        <translation>本机尚未从政务服务平台获取事项目录，暂时无法在此办理业务。请稍后再试，或前往人工窗口办理。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="32"/>
        <source>Need help?</source>
        <translation>需要帮助吗？</translation>
    </message>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="40"/>
        <source>Please ask the staff in this hall, or call the government service hotline 12345. Your request has been recorded on this kiosk (%1).</source>
        <translation>请向大厅现场工作人员求助，或拨打政务服务便民热线 12345。本机（%1）已记录您的求助。</translation>
    </message>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="48"/>
        <source>OK</source>
        <translation>知道了</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="28"/>
        <source>What would you like to do?</source>
        <translation>请选择您要办理的业务</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="36"/>
        <source>Personal</source>
        <translation>个人服务</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="43"/>
        <source>Business</source>
        <translation>法人服务</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="66"/>
        <source>Search services: name, pinyin or initials (e.g. sbk)</source>
        <translation>搜索事项：输入名称、拼音或首字母（如 sbk）</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../screens/qml/IdleOverlay.qml" line="28"/>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdleOverlay.qml" line="46"/>
        <source>For your privacy, this visit will end in %1 seconds and everything you entered will be cleared.</source>
        <translation>为保护您的隐私，本次办理将在 %1 秒后结束，您填写的信息将被清除。</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdleOverlay.qml" line="58"/>
        <source>End now</source>
        <translation>结束办理</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdleOverlay.qml" line="65"/>
        <source>Continue</source>
        <translation>继续办理</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../screens/qml/Labels.qml" line="8"/>
        <source>Presence sensor</source>
        <translation>人体感应器</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="9"/>
        <source>ID card reader</source>
        <translation>身份证阅读器</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="10"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="11"/>
        <source>Receipt printer</source>
        <translation>凭条打印机</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="12"/>
        <source>Certificate cabinet</source>
        <translation>证照柜</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="18"/>
        <source>Working</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="19"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="20"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="21"/>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="22"/>
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="23"/>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="24"/>
        <source>Powered off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="30"/>
        <source>This kiosk is being serviced.</source>
        <translation>本机正在维护。</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="31"/>
        <source>The devices this kiosk needs are not working.</source>
        <translation>本机所需设备暂时无法工作。</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="37"/>
        <source>Please take your ID card and receipt with you.</source>
        <translation>请取走您的身份证和回执，欢迎再次光临。</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="38"/>
        <source>Your visit ended because of inactivity. Your information has been cleared. Please take your ID card.</source>
        <translation>因长时间无操作，本次办理已结束，您的信息已清除。请取走您的身份证。</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="44"/>
        <source>Social security</source>
        <translation>社保</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="45"/>
        <source>Medical insurance</source>
        <translation>医保</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="46"/>
        <source>Housing fund</source>
        <translation>公积金</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="47"/>
        <source>Household registration</source>
        <translation>户籍</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="48"/>
        <source>Real estate</source>
        <translation>不动产</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="49"/>
        <source>Starting a business</source>
        <translation>企业开办</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="50"/>
        <source>Tax</source>
        <translation>税务</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="51"/>
        <source>Civil affairs</source>
        <translation>民政</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="52"/>
        <source>Jobs</source>
        <translation>就业创业</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="53"/>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="54"/>
        <source>Business changes</source>
        <translation>企业变更注销</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="55"/>
        <source>Permits</source>
        <translation>许可审批</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../screens/qml/Main.qml" line="7"/>
        <source>Government self-service kiosk</source>
        <translation>政务服务自助终端</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../screens/qml/NavBar.qml" line="19"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../screens/qml/NavBar.qml" line="27"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../screens/qml/NavBar.qml" line="35"/>
        <source>End visit</source>
        <translation>结束办理</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <location filename="../screens/qml/OutOfServiceScreen.qml" line="28"/>
        <source>This kiosk is temporarily out of service</source>
        <translation>本机暂停服务</translation>
    </message>
    <message>
        <location filename="../screens/qml/OutOfServiceScreen.qml" line="45"/>
        <source>Please use another self-service kiosk or go to a service window. We are sorry for the inconvenience.</source>
        <translation>请使用其他自助终端或前往人工窗口办理，给您带来不便，敬请谅解。</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../screens/qml/SearchScreen.qml" line="22"/>
        <source>Service name, pinyin or initials</source>
        <translation>事项名称、拼音或首字母</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="45"/>
        <source>Platform online</source>
        <translation>平台已连接</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="46"/>
        <source>Platform offline</source>
        <translation>平台未连接</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="46"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="52"/>
        <source>All sent</source>
        <translation>已全部上传</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/StatusBar.qml" line="52"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n 件待上传</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="58"/>
        <source>Devices OK</source>
        <translation>设备正常</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/StatusBar.qml" line="59"/>
        <source>%n device(s) need attention</source>
        <translation>
            <numerusform>%n 台设备异常</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="74"/>
        <source>Standard mode</source>
        <translation>标准模式</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="74"/>
        <source>Large text</source>
        <translation>长辈模式</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="82"/>
        <source>Call for help</source>
        <translation>呼叫帮助</translation>
    </message>
</context>
</TS>
