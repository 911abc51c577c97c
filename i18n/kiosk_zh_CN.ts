<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../screens/qml/AttractScreen.qml" line="32" />
        <source>Hello! Welcome.</source>
        <translation>您好，欢迎光临！</translation>
    </message>
    <message>
        <location filename="../screens/qml/AttractScreen.qml" line="41" />
        <source>24-hour government self-service</source>
        <translation>24小时政务自助服务</translation>
    </message>
    <message>
        <location filename="../screens/qml/AttractScreen.qml" line="76" />
        <source>Touch the screen to start</source>
        <translation>请点击屏幕开始办理</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="21" />
        <source>Good, hold still</source>
        <translation>很好，请保持不动</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="22" />
        <source>Please face the camera</source>
        <translation>请正对摄像头</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="23" />
        <source>Only one person in front of the camera, please</source>
        <translation>请确保镜头前只有您一人</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="24" />
        <source>Please move closer</source>
        <translation>请再靠近一些</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="25" />
        <source>Please move back a little</source>
        <translation>请稍微后退一些</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="26" />
        <source>Please keep your face in the middle of the picture</source>
        <translation>请将面部保持在画面中央</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="27" />
        <source>Too dark: please face the light</source>
        <translation>光线太暗，请面向光源</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="28" />
        <source>Too bright: please avoid strong light</source>
        <translation>光线太强，请避开强光</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="29" />
        <source>Please hold still</source>
        <translation>请保持不动</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="30" />
        <source>Please blink</source>
        <translation>请眨眨眼</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="31" />
        <source>Please turn your head to your left</source>
        <translation>请向左转头</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="32" />
        <source>Please turn your head to your right</source>
        <translation>请向右转头</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="79" />
        <source>Camera not available</source>
        <translation>摄像头暂不可用</translation>
    </message>
</context>
<context>
    <name>CatalogueEmpty</name>
    <message>
        <location filename="../screens/qml/CatalogueEmpty.qml" line="18" />
        <source>The service catalogue has not been downloaded yet</source>
        <translation>服务事项目录尚未同步</translation>
    </message>
    <message>
        <location filename="../screens/qml/CatalogueEmpty.qml" line="26" />
        <source>This kiosk has not received the list of services from the government service platform, so no service can be started here yet. Please try again later or go to a service window.</source>
        <translation>本机尚未从政务服务平台获取事项目录，暂时无法在此办理业务。请稍后再试，或前往人工窗口办理。</translation>
    </message>
</context>
<context>
    <name>CategoryScreen</name>
    <message>
        <location filename="../screens/qml/CategoryScreen.qml" line="35" />
        <source>Services: %1</source>
        <translation>共 %1 项</translation>
    </message>
    <message>
        <location filename="../screens/qml/CategoryScreen.qml" line="60" />
        <source>No services of this kind are offered at this kiosk. Please ask at a service window.</source>
        <translation>本机暂无此类事项，请到服务窗口咨询。</translation>
    </message>
    <message>
        <location filename="../screens/qml/CategoryScreen.qml" line="69" />
        <source>Loading the list of services…</source>
        <translation>正在加载事项目录…</translation>
    </message>
</context>
<context>
    <name>FaceScreen</name>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="16" />
        <source>Please blink</source>
        <translation>请眨眨眼</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="17" />
        <source>Please turn your head to your left</source>
        <translation>请向左转头</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="18" />
        <source>Please turn your head to your right</source>
        <translation>请向右转头</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="20" />
        <location filename="../screens/qml/FaceScreen.qml" line="80" />
        <source>Please look at the camera</source>
        <translation>请正对摄像头</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="30" />
        <source>Face check</source>
        <translation>人脸核验</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="78" />
        <source>Checking with the identity authority, please wait…</source>
        <translation>正在核验身份，请稍候…</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="90" />
        <source>This shows that a live person is in front of the camera.</source>
        <translation>用于确认是本人在镜头前操作。</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="99" />
        <source>Stand about an arm's length from the screen, remove hat and sunglasses, and keep your face inside the frame.</source>
        <translation>请站在距屏幕约一臂远处，摘下帽子和墨镜，让面部保持在框内。</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="108" />
        <source>Time left: %1 s</source>
        <translation>剩余%1秒</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="18" />
        <source>on the spot</source>
        <translation>即办</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="18" />
        <source>%1 working days</source>
        <translation>%1 个工作日</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="22" />
        <source>Pickup cabinet</source>
        <translation>智能柜取件</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="23" />
        <source>By post</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="24" />
        <source>Electronic certificate</source>
        <translation>电子证照</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="25" />
        <source>Collect at a service window</source>
        <translation>窗口领取</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="31" />
        <source>No identity check needed</source>
        <translation>无需身份核验</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="32" />
        <source>Needs your ID card</source>
        <translation>需刷身份证</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="33" />
        <source>Needs your ID card and a face check</source>
        <translation>需刷身份证并人脸核验</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="39" />
        <source>required</source>
        <translation>必需</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="39" />
        <source>if applicable</source>
        <translation>视情况提供</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="41" />
        <source>%1 copies</source>
        <translation>%1 份</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="52" />
        <source>This service is not in this kiosk's catalogue. Please go back and choose another one.</source>
        <translation>本机事项目录中没有该事项，请返回选择其他事项。</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="115" />
        <source>Self-service at this kiosk</source>
        <translation>本机可自助办理</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="116" />
        <source>Guide only at this kiosk</source>
        <translation>本机仅提供办事指南</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="145" />
        <source>Applying at this kiosk is not available yet. Until it is, please use one of the places under "Also available at".</source>
        <translation>本机暂不能自助申请该事项，请先通过“其他办理渠道”中的方式办理。</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="146" />
        <source>This service cannot be completed at a self-service kiosk. Please use one of the places under "Also available at".</source>
        <translation>该事项不能在自助终端办理，请通过“其他办理渠道”中的方式办理。</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="156" />
        <source>Who can apply</source>
        <translation>申请条件</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="167" />
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="176" />
        <source>No materials needed.</source>
        <translation>无需提交材料。</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="205" />
        <source>E-certificate accepted</source>
        <translation>可用电子证照</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="213" />
        <source>May be replaced by a signed commitment</source>
        <translation>可容缺承诺</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="226" />
        <source>Fee</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="232" />
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="234" />
        <source>Promised: %1</source>
        <translation>承诺时限：%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="235" />
        <source>Legal limit: %1</source>
        <translation>法定时限：%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="241" />
        <source>Visits to a service window</source>
        <translation>到窗口次数</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="243" />
        <source>None: you do not need to go to a window.</source>
        <translation>0 次：无需到窗口办理。</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="244" />
        <source>At most %1</source>
        <translation>最多 %1 次</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="249" />
        <source>How you receive the result</source>
        <translation>结果领取方式</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="255" />
        <source>Also available at</source>
        <translation>其他办理渠道</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="261" />
        <source>Part of the combined service</source>
        <translation>所属“一件事”</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="267" />
        <source>Legal basis</source>
        <translation>设定依据</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="272" />
        <source>Service code: %1</source>
        <translation>事项编码：%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="311" />
        <source>Scan with your phone to read this guide</source>
        <translation>用手机扫码查看办事指南</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="326" />
        <source>Print this guide</source>
        <translation>打印办事指南</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="331" />
        <source>Printing is not available yet at this kiosk.</source>
        <translation>本机暂不支持打印。</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="346" />
        <source>Start application</source>
        <translation>开始申请</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="351" />
        <source>Not available yet at this kiosk.</source>
        <translation>本机暂未开通。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="32" />
        <source>Need help?</source>
        <translation>需要帮助吗？</translation>
    </message>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="40" />
        <source>Please ask the staff in this hall, or call the government service hotline 12345. Your request has been recorded on this kiosk (%1).</source>
        <translation>请向大厅现场工作人员求助，或拨打政务服务便民热线 12345。本机（%1）已记录您的求助。</translation>
    </message>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="48" />
        <source>OK</source>
        <translation>知道了</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="29" />
        <source>What would you like to do?</source>
        <translation>请选择您要办理的业务</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="37" />
        <source>Personal</source>
        <translation>个人服务</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="44" />
        <source>Business</source>
        <translation>法人服务</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="72" />
        <source>Search services: name, pinyin or initials (e.g. sbk)</source>
        <translation>搜索事项：输入名称、拼音或首字母（如 sbk）</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="101" />
        <source>Track my applications</source>
        <translation>办件进度查询</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="112" />
        <source>Card reader unavailable</source>
        <translation>读卡器暂不可用</translation>
    </message>
</context>
<context>
    <name>IdCardScreen</name>
    <message>
        <location filename="../screens/qml/IdCardScreen.qml" line="20" />
        <source>Read your ID card</source>
        <translation>读取身份证</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdCardScreen.qml" line="96" />
        <source>Please place your ID card on the reader below the screen</source>
        <translation>请将身份证放在屏幕下方的读卡区</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdCardScreen.qml" line="104" />
        <source>Photo side up, flat on the reader. Keep it there until it has been read.</source>
        <translation>照片面朝上平放在读卡区，读取完成前请勿移动。</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdCardScreen.qml" line="112" />
        <source>Waiting for your card: %1 s</source>
        <translation>等待放置身份证：%1秒</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdCardScreen.qml" line="132" />
        <source>Reading your ID card. Please keep it still…</source>
        <translation>正在读取身份证，请勿移动…</translation>
    </message>
</context>
<context>
    <name>IdentityActions</name>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="22" />
        <source>I agree, read my ID card</source>
        <translation>同意，读取身份证</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="23" />
        <source>I agree to the face check</source>
        <translation>同意人脸核验</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="24" />
        <source>Place the card again</source>
        <translation>重新放置身份证</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="25" />
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="26" />
        <source>Use the app QR code</source>
        <translation>使用App扫码</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="27" />
        <source>Use my ID card</source>
        <translation>刷身份证</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="28" />
        <source>Ask staff for help</source>
        <translation>请工作人员协助</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="29" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>IdentityConsentScreen</name>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="21" />
        <source>Face check</source>
        <translation>人脸核验</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="21" />
        <source>Identity check</source>
        <translation>身份核验</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="47" />
        <source>To continue, this kiosk needs to read your resident ID card.</source>
        <translation>继续办理需要读取您的居民身份证。</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="57" />
        <source>What is read</source>
        <translation>读取哪些信息</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="58" />
        <source>Name, ID number, sex, ethnic group, date of birth, address and validity of the card.</source>
        <translation>姓名、身份证号码、性别、民族、出生日期、住址和证件有效期。</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="64" />
        <source>Why</source>
        <translation>为什么读取</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="65" />
        <source>To confirm who you are and to show only your own information.</source>
        <translation>确认您的身份，只显示您本人的信息。</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="71" />
        <source>How long it is kept</source>
        <translation>保存多久</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="72" />
        <source>Only during this visit. It is wiped when you finish or walk away. The card photo is not kept.</source>
        <translation>仅在本次办理期间保存，办理结束或离开后立即清除；不保存证件照片。</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="78" />
        <source>This service also needs a face check. You will be asked for that separately.</source>
        <translation>此事项还需人脸核验，稍后会单独征求您的同意。</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="89" />
        <source>ID card read: %1, %2</source>
        <translation>已读取身份证：%1，%2</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="99" />
        <source>What happens</source>
        <translation>如何核验</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="100" />
        <source>The camera takes a picture of your face. It is sent to the identity authority and compared with your ID card.</source>
        <translation>摄像头将拍摄您的面部照片，发送给身份核验机构与您的身份证信息比对。</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="106" />
        <source>Your picture</source>
        <translation>您的照片</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="107" />
        <source>The picture is deleted right after the check and never stored at this kiosk.</source>
        <translation>照片在核验后立即删除，本机不保存。</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="113" />
        <source>The face check is voluntary. If you prefer, a member of staff can check your ID card in person instead.</source>
        <translation>人脸核验为自愿项目。您也可以请工作人员现场核验身份证。</translation>
    </message>
</context>
<context>
    <name>IdentityHeader</name>
    <message>
        <location filename="../screens/qml/IdentityHeader.qml" line="23" />
        <source>Voice on</source>
        <translation>语音已开</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityHeader.qml" line="23" />
        <source>Voice off</source>
        <translation>语音已关</translation>
    </message>
</context>
<context>
    <name>IdentityResultScreen</name>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="21" />
        <source>Identity check</source>
        <translation>身份核验</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="44" />
        <source>Identity verified</source>
        <translation>身份核验通过</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="45" />
        <source>Your face does not match the ID card</source>
        <translation>人脸与身份证不一致</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="46" />
        <source>The identity check is not available right now</source>
        <translation>暂时无法进行身份核验</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="47" />
        <source>Staff are on their way</source>
        <translation>工作人员正在赶来</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="59" />
        <source>Name: %1</source>
        <translation>姓名：%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="69" />
        <source>ID number: %1</source>
        <translation>证件号码：%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="80" />
        <source>Please face the camera in good light and try once more, or ask staff to check your ID card.</source>
        <translation>请在光线充足处正对摄像头再试一次，或请工作人员核验身份证。</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="81" />
        <source>Please ask a member of staff to check your ID card in person.</source>
        <translation>请工作人员现场核验您的身份证。</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="83" />
        <source>The identity service cannot be reached. A member of staff can check your ID card in person.</source>
        <translation>暂时无法连接身份核验服务，工作人员可现场为您核验身份证。</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="85" />
        <source>Please wait here. A member of staff will check your identity in person.</source>
        <translation>请在此稍候，工作人员将现场核验您的身份。</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="110" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="110" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>IdentityViewModel</name>
    <message>
        <location filename="../screens/viewmodels/identity.py" line="114" />
        <source>Please place your ID card on the reader.</source>
        <extracomment>router screens of the journey (they replace each other on the stack)</extracomment>
        <translation>请将身份证放在读卡区。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/identity.py" line="116" />
        <source>Please look at the camera.</source>
        <translation>请正对摄像头。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/identity.py" line="118" />
        <source>Please take your ID card.</source>
        <translation>请取走您的身份证。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/identity.py" line="119" />
        <source>Please show the QR code from the mobile app to the camera.</source>
        <translation>请将手机App中的二维码对准摄像头。</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../screens/qml/IdleOverlay.qml" line="28" />
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdleOverlay.qml" line="46" />
        <source>For your privacy, this visit will end in %1 seconds and everything you entered will be cleared.</source>
        <translation>为保护您的隐私，本次办理将在 %1 秒后结束，您填写的信息将被清除。</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdleOverlay.qml" line="58" />
        <source>End now</source>
        <translation>结束办理</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdleOverlay.qml" line="65" />
        <source>Continue</source>
        <translation>继续办理</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../screens/qml/Labels.qml" line="8" />
        <source>Presence sensor</source>
        <translation>人体感应器</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="9" />
        <source>ID card reader</source>
        <translation>身份证阅读器</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="10" />
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="11" />
        <source>Receipt printer</source>
        <translation>凭条打印机</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="12" />
        <source>Certificate cabinet</source>
        <translation>证照柜</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="18" />
        <source>Working</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="19" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="20" />
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="21" />
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="22" />
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="23" />
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="24" />
        <source>Powered off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="30" />
        <source>This kiosk is being serviced.</source>
        <translation>本机正在维护。</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="31" />
        <source>The devices this kiosk needs are not working.</source>
        <translation>本机所需设备暂时无法工作。</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="37" />
        <source>Please take your ID card and receipt with you.</source>
        <translation>请取走您的身份证和回执，欢迎再次光临。</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="38" />
        <source>Your visit ended because of inactivity. Your information has been cleared. Please take your ID card.</source>
        <translation>因长时间无操作，本次办理已结束，您的信息已清除。请取走您的身份证。</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="44" />
        <source>Social security</source>
        <translation>社保</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="45" />
        <source>Medical insurance</source>
        <translation>医保</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="46" />
        <source>Housing fund</source>
        <translation>公积金</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="47" />
        <source>Household registration</source>
        <translation>户籍</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="48" />
        <source>Real estate</source>
        <translation>不动产</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="49" />
        <source>Starting a business</source>
        <translation>企业开办</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="50" />
        <source>Tax</source>
        <translation>税务</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="51" />
        <source>Civil affairs</source>
        <translation>民政</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="52" />
        <source>Jobs</source>
        <translation>就业创业</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="53" />
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="54" />
        <source>Business changes</source>
        <translation>企业变更注销</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="55" />
        <source>Permits</source>
        <translation>许可审批</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../screens/qml/Main.qml" line="7" />
        <source>Government self-service kiosk</source>
        <translation>政务服务自助终端</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../screens/qml/NavBar.qml" line="19" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../screens/qml/NavBar.qml" line="27" />
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../screens/qml/NavBar.qml" line="35" />
        <source>End visit</source>
        <translation>结束办理</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <location filename="../screens/qml/OutOfServiceScreen.qml" line="28" />
        <source>This kiosk is temporarily out of service</source>
        <translation>本机暂停服务</translation>
    </message>
    <message>
        <location filename="../screens/qml/OutOfServiceScreen.qml" line="45" />
        <source>Please use another self-service kiosk or go to a service window. We are sorry for the inconvenience.</source>
        <translation>请使用其他自助终端或前往人工窗口办理，给您带来不便，敬请谅解。</translation>
    </message>
</context>
<context>
    <name>ProblemPanel</name>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="17" />
        <source>No ID card found</source>
        <translation>未检测到身份证</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="18" />
        <source>The card was moved</source>
        <translation>身份证被移动了</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="19" />
        <source>The card could not be read</source>
        <translation>无法读取身份证</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="20" />
        <source>This ID card has expired</source>
        <translation>身份证已过期</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="21" />
        <source>The card reader is not working</source>
        <translation>读卡器无法使用</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="22" />
        <source>The camera is not working</source>
        <translation>摄像头无法使用</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="23" />
        <source>We could not take a clear picture</source>
        <translation>未能拍到清晰的照片</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="24" />
        <source>The check was not completed</source>
        <translation>核验未完成</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="25" />
        <source>No QR code was found</source>
        <translation>未识别到二维码</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="26" />
        <source>This code is not valid</source>
        <translation>二维码无效</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="28" />
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="32" />
        <source>Please put your ID card flat on the reader below the screen and leave it there.</source>
        <translation>请将身份证平放在屏幕下方的读卡区，不要拿开。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="33" />
        <source>Please place the card again and leave it until reading has finished.</source>
        <translation>请重新放置身份证，读取完成前请勿拿开。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="34" />
        <source>The card may be damaged or not a valid ID card. Please try again, or ask staff for help.</source>
        <translation>证件可能已损坏或不是有效身份证。请再试一次，或请工作人员协助。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="35" />
        <source>An expired card cannot be used here. Please use the mobile app QR code or ask staff for help.</source>
        <translation>过期的身份证不能在此使用。请使用手机App扫码，或请工作人员协助。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="36" />
        <source>Please try again. If it still does not work, ask staff for help.</source>
        <translation>请再试一次；如仍不行，请工作人员协助。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="37" />
        <source>Please try again, or ask staff to check your identity in person.</source>
        <translation>请再试一次，或请工作人员现场核验身份。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="38" />
        <source>Please stand in front of the screen, face the camera and keep still, then try again.</source>
        <translation>请站在屏幕正前方，正对摄像头并保持不动，然后再试一次。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="39" />
        <source>Please follow the instruction on the screen, for example blink, and try again.</source>
        <translation>请按屏幕提示操作（例如眨眼）后再试一次。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="40" />
        <source>Please hold your phone about 20 cm in front of the camera, screen towards it.</source>
        <translation>请将手机屏幕朝向摄像头，距离约20厘米。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="41" />
        <source>The code may have expired. Please refresh it in the app and try again.</source>
        <translation>二维码可能已过期，请在App中刷新后再试。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="43" />
        <source>Please try again, or ask staff for help.</source>
        <translation>请再试一次，或请工作人员协助。</translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="28" />
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="29" />
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="30" />
        <source>Under review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="31" />
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="32" />
        <source>Not approved</source>
        <translation>不予许可</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="33" />
        <source>More materials needed</source>
        <translation>需补充材料</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="34" />
        <source>Ready for pickup</source>
        <translation>待领取</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="35" />
        <source>Collected</source>
        <translation>已领取</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="36" />
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="57" />
        <source>Track my applications</source>
        <translation>办件进度查询</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="66" />
        <source>For: %1</source>
        <translation>查询人：%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="104" />
        <source>Use my ID card</source>
        <translation>刷身份证</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="115" />
        <source>See all your applications: place your ID card on the reader.</source>
        <translation>刷身份证查看您的全部办件。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="128" />
        <source>Temporarily unavailable: %1 (%2)</source>
        <translation>暂不可用：%1（%2）</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="158" />
        <source>Enter an application number</source>
        <translation>输入受理编号查询</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="169" />
        <source>The number is printed on your receipt. No ID card needed.</source>
        <translation>编号印在回执上，无需身份证。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="193" />
        <source>Application number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="222" />
        <source>Please enter all 14 digits after SQ.</source>
        <translation>请输入SQ后面的全部14位数字。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="223" />
        <source>Type the 14 digits after SQ, for example SQ 20261122000123.</source>
        <translation>请输入SQ后面的14位数字，例如 SQ 20261122000123。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="230" />
        <source>%1 of %2 digits</source>
        <translation>已输入%1位，共%2位</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="271" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="289" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="238" />
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="311" />
        <source>Looking up your applications…</source>
        <translation>正在查询您的办件…</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="320" />
        <source>There are no applications on record for you.</source>
        <translation>暂无您的办件记录。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="321" />
        <source>No application has this number. Please check the number on your receipt.</source>
        <translation>没有这个受理编号的办件，请核对回执上的编号。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="322" />
        <source>Cannot reach the platform now. Please try again in a moment.</source>
        <translation>暂时无法连接政务服务平台，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="323" />
        <source>The platform could not answer this question. Please ask staff for help.</source>
        <translation>平台无法回答此查询，请工作人员协助。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="324" />
        <source>No ID card has been read. Please go back and choose your ID card again.</source>
        <translation>尚未读取身份证，请返回后重新选择刷身份证查询。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="339" />
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="347" />
        <source>Enter another number</source>
        <translation>查询其他编号</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="415" />
        <source>No. %1 · received %2 · promised by %3</source>
        <translation>编号 %1 · 受理日期 %2 · 承诺办结 %3</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="427" />
        <source>Applicant ID: %1</source>
        <translation>申请人证件号：%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="437" />
        <source>Ready in pickup cabinet compartment %1</source>
        <translation>已放入证照柜%1号格，可凭身份证领取</translation>
    </message>
</context>
<context>
    <name>QrIdentityScreen</name>
    <message>
        <location filename="../screens/qml/QrIdentityScreen.qml" line="19" />
        <source>Show your QR code</source>
        <translation>手机扫码核验</translation>
    </message>
    <message>
        <location filename="../screens/qml/QrIdentityScreen.qml" line="64" />
        <source>Checking your code, please wait…</source>
        <translation>正在核验二维码，请稍候…</translation>
    </message>
    <message>
        <location filename="../screens/qml/QrIdentityScreen.qml" line="65" />
        <source>Open the mobile app and show your identity QR code to the camera</source>
        <translation>请打开手机App，将身份码对准摄像头</translation>
    </message>
    <message>
        <location filename="../screens/qml/QrIdentityScreen.qml" line="75" />
        <source>This is not an identity code. Please show the identity code from the app.</source>
        <translation>这不是身份码，请出示App中的身份码。</translation>
    </message>
    <message>
        <location filename="../screens/qml/QrIdentityScreen.qml" line="85" />
        <source>Time left: %1 s</source>
        <translation>剩余%1秒</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../screens/qml/SearchScreen.qml" line="29" />
        <source>Service name, pinyin or initials</source>
        <translation>事项名称、拼音或首字母</translation>
    </message>
    <message>
        <location filename="../screens/qml/SearchScreen.qml" line="53" />
        <source>Popular services</source>
        <translation>热门事项</translation>
    </message>
    <message>
        <location filename="../screens/qml/SearchScreen.qml" line="54" />
        <source>Services found: %1</source>
        <translation>找到事项：%1 项</translation>
    </message>
    <message>
        <location filename="../screens/qml/SearchScreen.qml" line="96" />
        <source>No service matches "%1"</source>
        <translation>没有找到与“%1”相关的事项</translation>
    </message>
    <message>
        <location filename="../screens/qml/SearchScreen.qml" line="104" />
        <source>Try fewer characters, the first letters of the pinyin (for example sbk for 社保卡), or go back and choose a theme.</source>
        <translation>请减少字数，或输入拼音首字母（如 sbk 代表社保卡），也可以返回按主题查找。</translation>
    </message>
    <message>
        <location filename="../screens/qml/SearchScreen.qml" line="116" />
        <source>Loading the list of services…</source>
        <translation>正在加载事项目录…</translation>
    </message>
</context>
<context>
    <name>ServiceRow</name>
    <message>
        <location filename="../screens/qml/ServiceRow.qml" line="67" />
        <source>Self-service</source>
        <translation>自助办理</translation>
    </message>
    <message>
        <location filename="../screens/qml/ServiceRow.qml" line="67" />
        <source>Guide only</source>
        <translation>仅查看指南</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="45" />
        <source>Platform online</source>
        <translation>平台已连接</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="46" />
        <source>Platform offline</source>
        <translation>平台未连接</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="46" />
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="52" />
        <source>All sent</source>
        <translation>已全部上传</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/StatusBar.qml" line="52" />
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n 件待上传</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="58" />
        <source>Devices OK</source>
        <translation>设备正常</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/StatusBar.qml" line="59" />
        <source>%n device(s) need attention</source>
        <translation>
            <numerusform>%n 台设备异常</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="74" />
        <source>Standard mode</source>
        <translation>标准模式</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="74" />
        <source>Large text</source>
        <translation>长辈模式</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="82" />
        <source>Call for help</source>
        <translation>呼叫帮助</translation>
    </message>
</context>
<context>
    <name>TakeCardReminder</name>
    <message>
        <location filename="../screens/qml/TakeCardReminder.qml" line="15" />
        <source>Please take your ID card from the reader.</source>
        <translation>请取走读卡区上的身份证。</translation>
    </message>
</context>
<context>
    <name>cabinet</name>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="170" />
        <source>Compartment {compartment} is open. Please take your certificate and close the door.</source>
        <extracomment>Flags (why staff must look at a compartment). English source texts for the screens, by event/flag/reason code. The view-model passes them through Qt's translation (``QCoreApplication.translate("cabinet", text)``); lupdate extracts them into i18n/*.ts through the QT_TRANSLATE_NOOP marks.</extracomment>
        <translation>{compartment} 号柜门已打开，请取出您的证照并关好柜门。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="174" />
        <source>Thank you. Your certificate has been collected.</source>
        <translation>谢谢，您的证照已取走。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="175" />
        <source>The certificate is still in compartment {compartment}. Please call for help if you could not take it.</source>
        <translation>证照仍在 {compartment} 号柜内。如无法取出，请点击“呼叫帮助”。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="180" />
        <source>Please close the door of compartment {compartment}.</source>
        <translation>请关好 {compartment} 号柜门。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="181" />
        <source>Compartment {compartment} is open. Put the certificate in and close the door.</source>
        <translation>{compartment} 号柜门已打开，请放入证照并关好柜门。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="184" />
        <source>The certificate is in compartment {compartment}.</source>
        <translation>证照已放入 {compartment} 号柜。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="185" />
        <source>Compartment {compartment} was closed empty. Nothing was deposited.</source>
        <translation>{compartment} 号柜门已关闭但柜内无物品，本次未存件。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="188" />
        <source>The compartment door did not open. Please call for help.</source>
        <translation>柜门未能打开，请点击“呼叫帮助”。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="191" />
        <source>The cabinet did not confirm that the door opened. Please call for help.</source>
        <translation>证照柜未确认柜门已打开，请点击“呼叫帮助”。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="194" />
        <source>The cabinet is not answering. Please call for help.</source>
        <translation>证照柜无响应，请点击“呼叫帮助”。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="195" />
        <source>The pickup cabinet is temporarily unavailable.</source>
        <translation>证照柜暂时无法使用。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="196" />
        <source>No certificate is waiting for you in this cabinet.</source>
        <translation>本证照柜中没有您待取的证照。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="197" />
        <source>Too many wrong pickup codes. Please try again later or call for help.</source>
        <translation>取件码错误次数过多，请稍后再试或点击“呼叫帮助”。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="200" />
        <source>This compartment has already been opened for you.</source>
        <translation>该柜门已为您打开过。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="203" />
        <source>There is no free compartment in the cabinet.</source>
        <translation>证照柜已无空闲格口。</translation>
    </message>
</context>
</TS>