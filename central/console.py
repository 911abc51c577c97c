"""Staff console (工作人员后台) at ``/console/``: server-rendered HTML, Chinese, no JavaScript.

Pages: applications (filters; ID numbers and names masked in the list), one application
(timeline, form, materials, actions: accept / review / approve / reject / need more / ready
for pickup at a kiosk compartment / collected / delivered), fleet (every kiosk's health at a
glance from its latest heartbeat, central/fleet.py: ok / degraded / down / silent with the
reasons, paper, cabinet occupancy, queue depth and oldest item, dead letters, disk, versions,
uptime, last heartbeat age, clock skew; commands; revoke), help requests, ratings, and the
catalogue (versions, item edits and withdrawals that create deltas, per-site hidden and hot
lists).

Access: a password (``--console-password`` or ``CENTRAL_CONSOLE_PASSWORD``) gives a session
cookie (HttpOnly, SameSite=Strict, random token kept in memory); every form carries a CSRF token
derived from the session. Form bodies are ``application/x-www-form-urlencoded``, parsed with the
standard library.

Exceptions raised by this module: none escape; platform refusals are shown on the page.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import threading
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any, Final
from urllib.parse import parse_qs, quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import DictLoader, Environment, select_autoescape

from central.auth import KeyStore
from central.errors import ApiError
from central.fleet import HEALTH_LABELS, PAPER_BAD, duration, kiosk_health
from central.platform import (
    APPLICATION_STATUSES,
    COMMAND_TYPES,
    STATUS_LABELS,
    TRANSITIONS,
    Platform,
    mask_id,
)

__all__ = ["ConsoleAuth", "build_console_router"]

COOKIE: Final = "central_console"
SESSION_TTL_S: Final = 8 * 3600
_FORM_LIMIT: Final = 64 * 1024

ACTION_LABELS: Final = {
    "accepted": "受理",
    "in_review": "转入审查",
    "approved": "审批通过",
    "rejected": "不予办理",
    "need_more": "要求补正",
    "collected": "标记已领取",
    "delivered": "标记已送达",
}
DELIVERY_LABELS: Final = {
    "cabinet": "智能柜取件",
    "post": "邮寄送达",
    "ecert": "电子证照",
    "window": "窗口领取",
}
COMMAND_LABELS: Final = {
    "maintenance_on": "进入维护模式",
    "maintenance_off": "退出维护模式",
    "refresh_catalogue": "刷新事项目录",
    "reload_config": "重新加载配置",
}

TEMPLATES: Final = {
    "base.html": """<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{% block title %}{% endblock %} · 政务服务平台（参考实现）工作人员后台</title>
<style>
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:#1a1a1a;
background:#f5f6f8;font-size:15px}
header{background:#0b4f9c;color:#fff;padding:10px 20px;display:flex;gap:18px;align-items:center}
header a{color:#fff;text-decoration:none}header strong{margin-right:20px}
main{padding:16px 20px}table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid #d8dce2;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#e9eef5}.flash{padding:8px 12px;margin-bottom:12px;border-radius:4px}
.ok{background:#e3f4e5;border:1px solid #8bc796}.err{background:#fbe5e5;border:1px solid #e39b9b}
.bad{color:#b00020;font-weight:bold}.muted{color:#666}form.inline{display:inline}
section{background:#fff;border:1px solid #d8dce2;padding:12px;margin-bottom:14px}
label{margin-right:10px}input,select,button{font-size:14px;padding:3px 6px}
.health{font-weight:bold}.h-ok{background:#e3f4e5}.h-degraded{background:#fff3cd}
.h-down{background:#fbe5e5;color:#8a0016}.h-silent{background:#e2e3e5;color:#333}
span.health{padding:2px 8px;border-radius:3px;margin-right:6px}.reason{font-weight:normal}
</style></head><body>
{% if logged_in %}<header><strong>政务服务平台 · 工作人员后台（沙箱）</strong>
<a href="/console/applications">办件</a><a href="/console/fleet">终端监控</a>
<a href="/console/help">呼叫帮助{% if open_help %} ({{ open_help }}){% endif %}</a>
<a href="/console/evaluations">好差评</a><a href="/console/catalogue">事项目录</a>
<form class="inline" method="post" action="/console/logout" style="margin-left:auto">
<input type="hidden" name="csrf" value="{{ csrf }}"><button>退出</button></form></header>{% endif %}
<main>{% if flash %}<div class="flash {{ flash_kind }}">{{ flash }}</div>{% endif %}
{% block body %}{% endblock %}</main></body></html>""",
    "login.html": """{% extends "base.html" %}{% block title %}登录{% endblock %}
{% block body %}<section style="max-width:360px"><h2>工作人员登录</h2>
<form method="post" action="/console/login"><input type="hidden" name="next" value="{{ next }}">
<p><label>密码 <input type="password" name="password" autofocus></label></p>
<p><button>登录</button></p></form></section>{% endblock %}""",
    "applications.html": """{% extends "base.html" %}{% block title %}办件{% endblock %}
{% block body %}<h2>办件列表</h2>
<form method="get" action="/console/applications"><section>
<label>状态 <select name="status"><option value="">全部</option>
{% for s in statuses %}<option value="{{ s }}" {% if s == f.status %}selected{% endif %}>
{{ labels[s] }}</option>{% endfor %}</select></label>
<label>事项 <input name="item" value="{{ f.item }}" placeholder="事项名称或编码"></label>
<label>终端 <input name="kiosk" value="{{ f.kiosk }}" placeholder="KIOSK-..."></label>
<label>查找 <input name="q" value="{{ f.q }}" placeholder="办件编号/身份号码/查询码"></label>
<button>筛选</button></section></form>
<table><tr><th>办件编号</th><th>事项</th><th>申请人</th><th>身份号码</th><th>终端</th>
<th>状态</th><th>接收时间</th><th>承诺办结</th></tr>
{% for a in apps %}<tr><td><a href="/console/applications/{{ a.application_id }}">
{{ a.application_id }}</a></td><td>{{ a.item_name }}</td><td>{{ a.name_masked }}</td>
<td>{{ a.id_masked }}</td><td>{{ a.kiosk_id or "" }}</td><td>{{ labels[a.status] }}</td>
<td>{{ a.received_at }}</td><td>{{ a.promised_date }}</td></tr>
{% else %}<tr><td colspan="8" class="muted">没有符合条件的办件</td></tr>{% endfor %}</table>
{% endblock %}""",
    "application.html": """{% extends "base.html" %}{% block title %}{{ r.application_id }}{%
endblock %}
{% block body %}<h2>办件 {{ r.application_id }}：{{ r.item_name }}</h2>
<section><p>状态：<strong>{{ labels[r.status] }}</strong> · 接收：{{ r.received_at }} ·
承诺办结：{{ r.promised_date }} · 终端：{{ r.kiosk_id or "" }} · 查询码：{{ r.query_code }}</p>
<p>申请人：{{ r.applicant_name }} · 身份号码：{{ r.id_number }} ·
送达方式：{{ delivery }}</p></section>
<section><h3>办理</h3>
{% for target in actions %}<form class="inline" method="post"
action="/console/applications/{{ r.application_id }}/status">
<input type="hidden" name="csrf" value="{{ csrf }}">
<input type="hidden" name="status" value="{{ target }}">
<input name="note" placeholder="说明（可选）" size="14">
<button>{{ action_labels[target] }}</button></form>
{% endfor %}{% if not actions and not can_pickup %}<span class="muted">当前状态无可用操作</span>{%
endif %}
{% if can_pickup %}<form method="post" action="/console/applications/{{ r.application_id }}/pickup"
style="margin-top:10px"><input type="hidden" name="csrf" value="{{ csrf }}">
<label>放入终端 <input name="kiosk_id" value="KIOSK-DEMO-0001" size="18"></label>
<label>柜格 <input name="compartment" value="1-1" size="5"></label>
<label><input type="checkbox" name="deposited" value="1"> 已放入（模拟，不等终端上报）</label>
<button>待领取：放入智能柜</button></form>{% endif %}</section>
<section><h3>办理进度</h3><table><tr><th>时间</th><th>状态</th><th>说明</th><th>操作人</th></tr>
{% for e in r.events %}<tr><td>{{ e.at }}</td><td>{{ labels.get(e.status, e.status) }}</td>
<td>{{ e.note }}</td><td>{{ e.actor }}</td></tr>{% endfor %}</table></section>
{% if r.pickups %}<section><h3>智能柜取件</h3><table><tr><th>取件单</th><th>终端</th><th>柜格</th>
<th>状态</th><th>取件码（沙箱）</th></tr>{% for p in r.pickups %}<tr><td>{{ p.pickup_id }}</td>
<td>{{ p.kiosk_id }}</td><td>{{ p.compartment }}</td><td>{{ p.status }}</td>
<td>{{ p.pickup_code }}</td></tr>{% endfor %}</table></section>{% endif %}
<section><h3>表单</h3><table>{% for k, v in form %}<tr><th>{{ k }}</th><td>{{ v }}</td></tr>
{% else %}<tr><td class="muted">无</td></tr>{% endfor %}</table></section>
<section><h3>材料</h3><table><tr><th>材料</th><th>来源</th><th>内容</th></tr>
{% for m in materials %}<tr><td>{{ m.name }}</td><td>{{ m.source }}</td><td>
{% if m.sha256 %}<a href="/console/attachments/{{ m.sha256 }}">{{ m.sha256[:16] }}…</a>
{% elif m.cert_id %}电子证照 {{ m.cert_id }}{% elif m.source == "commitment" %}告知承诺（容缺）
{% endif %}</td></tr>{% else %}<tr><td colspan="3" class="muted">无</td></tr>{% endfor %}
</table></section>{% endblock %}""",
    "fleet.html": """{% extends "base.html" %}{% block title %}终端监控{% endblock %}
{% block body %}<h2>终端监控</h2>
{% if problems %}<div class="flash err">密钥文件问题：{% for k, v in problems.items() %}
{{ k }}：{{ v }}；{% endfor %}</div>{% endif %}
<p class="fleet-summary">{% for h, n in summary %}<span class="health h-{{ h }}">
{{ health_labels[h] }} {{ n }}</span> {% endfor %}</p>
<table class="fleet"><tr><th>状态</th><th>终端</th><th>最后心跳</th><th>纸张</th><th>智能柜</th>
<th>待发队列</th><th>最早待发</th><th>死信</th><th>磁盘剩余</th><th>版本</th><th>运行</th>
<th>设备</th><th>操作</th></tr>
{% for k in kiosks %}<tr id="kiosk-{{ k.kiosk_id }}" data-health="{{ k.h.health }}">
<td class="health h-{{ k.h.health }}"><strong>{{ k.h.label }}</strong>
{% for r in k.h.reasons %}<div class="reason">{{ r }}</div>{% endfor %}</td>
<td>{{ k.kiosk_id }}{% if k.revoked %} <span class="bad">已吊销</span>{% endif %}</td>
<td>{{ k.age or "从未" }}<br><span class="muted">{{ k.last_seen or "" }}</span>
{% if k.clock_skew_s is not none %}<br><span class="muted">时钟偏差 {{ k.clock_skew_s }} s</span>
{% endif %}</td>
<td class="paper {% if k.h.paper in bad_paper %}bad{% endif %}">{{ paper_labels.get(k.h.paper,
k.h.paper) }}</td>
<td class="cabinet">{% if k.h.cabinet %}{{ k.h.cabinet }}{% if k.h.cabinet_flagged %}
<span class="bad">（{{ k.h.cabinet_flagged }} 待处理）</span>{% endif %}{% else %}—{% endif %}</td>
<td>{{ k.h.queue_depth if k.h.queue_depth is not none else "" }}</td>
<td class="oldest">{{ k.oldest }}</td>
<td class="dead {% if k.h.dead_letters %}bad{% endif %}">{{ k.h.dead_letters if
k.h.dead_letters is not none else "" }}</td>
<td class="disk">{% if k.h.disk_free_mb is not none %}{{ "%.0f" | format(k.h.disk_free_mb) }} MB
{% endif %}</td>
<td>{% for n, v in k.h.versions.items() %}{{ n }}={{ v }}<br>{% endfor %}</td>
<td>{{ k.uptime }}</td>
<td>{% for d in k.devices %}<div {% if d.bad %}class="bad"{% endif %}>{{ d.id }}：{{ d.state
}}</div>
{% endfor %}</td>
<td><form method="post" action="/console/fleet/{{ k.kiosk_id }}/command">
<input type="hidden" name="csrf" value="{{ csrf }}"><select name="type">
{% for t in command_types %}<option value="{{ t }}">{{ command_labels[t] }}</option>{% endfor %}
</select><button>下发</button></form>
<form method="post" action="/console/fleet/{{ k.kiosk_id }}/revoke">
<input type="hidden" name="csrf" value="{{ csrf }}">
<input type="hidden" name="revoked" value="{{ 0 if k.revoked else 1 }}">
<button>{{ "恢复" if k.revoked else "吊销" }}</button></form></td></tr>
{% else %}<tr><td colspan="13" class="muted">还没有终端连接过</td></tr>{% endfor %}</table>
<h3>最近的指令</h3><table><tr><th>指令</th><th>终端</th><th>类型</th><th>状态</th><th>下发</th>
<th>确认</th><th>说明</th></tr>{% for c in commands %}<tr><td>{{ c.command_id }}</td>
<td>{{ c.kiosk_id }}</td><td>{{ command_labels.get(c.type, c.type) }}</td><td>{{ c.status }}</td>
<td>{{ c.sent_at or "" }}</td><td>{{ c.acked_at or "" }}</td><td>{{ c.message or "" }}</td></tr>
{% endfor %}</table>
<h3>最近的取件事件</h3><table><tr><th>取件单</th><th>终端</th><th>事件</th><th>柜格</th>
<th>时间</th></tr>
{% for e in pickup_events %}<tr><td>{{ e.pickup_id }}</td><td>{{ e.kiosk_id }}</td>
<td {% if e.event == "door_alarm" %}class="bad"{% endif %}>{{ e.event }}</td>
<td>{{ e.compartment or "" }}</td><td>{{ e.received_at }}</td></tr>{% endfor %}</table>
{% endblock %}""",
    "help.html": """{% extends "base.html" %}{% block title %}呼叫帮助{% endblock %}
{% block body %}<h2>呼叫帮助</h2><table><tr><th>编号</th><th>终端</th><th>页面</th><th>时间</th>
<th>状态</th><th>处理</th></tr>{% for h in items %}<tr><td>{{ h.help_id }}</td>
<td>{{ h.kiosk_id }}</td>
<td>{{ h.screen }}</td><td>{{ h.created_at }}</td>
<td {% if h.status == "open" %}class="bad"{% endif %}>{{ "待处理" if h.status == "open" else
"已处理" }}</td>
<td>{% if h.status == "open" %}<form method="post" action="/console/help/{{ h.help_id }}/resolve">
<input type="hidden" name="csrf" value="{{ csrf }}">
<input name="note" placeholder="处理说明" size="12">
<button>已处理</button></form>{% else %}{{ h.note or "" }}{% endif %}</td></tr>
{% else %}<tr><td colspan="6" class="muted">没有呼叫</td></tr>{% endfor %}</table>{% endblock %}""",
    "evaluations.html": """{% extends "base.html" %}{% block title %}好差评{% endblock %}
{% block body %}<h2>好差评</h2><table><tr><th>编号</th><th>终端</th><th>评价</th><th>原因</th>
<th>留言</th><th>办件</th><th>时间</th></tr>{% for e in items %}<tr><td>{{ e.evaluation_id }}</td>
<td>{{ e.kiosk_id }}</td><td>{{ "★" * e.level }}</td><td>{{ e.reasons_text }}</td>
<td>{{ e.comment or "" }}</td><td>{{ e.application_id or "" }}</td><td>{{ e.received_at }}</td></tr>
{% else %}<tr><td colspan="7" class="muted">暂无评价</td></tr>{% endfor %}</table>{% endblock %}""",
    "catalogue.html": """{% extends "base.html" %}{% block title %}事项目录{% endblock %}
{% block body %}<h2>事项目录（当前版本 v{{ stats.version }}，{{ stats["items"] }} 项，
{{ stats.departments }} 个部门）</h2>
<section><form method="get" action="/console/catalogue"><label>查找事项
<input name="q" value="{{ q }}" placeholder="名称或事项编号"></label><button>查找</button></form>
{% if results %}<table><tr><th>事项编号</th><th>名称</th><th>部门</th><th>终端办理</th>
<th>版本</th></tr>
{% for i in results %}<tr><td>
<a href="/console/catalogue/items/{{ i.item_id }}">{{ i.item_id }}</a></td>
<td>{{ i.name }}</td><td>{{ i.department }}</td><td>{{ i.kiosk_mode }}</td>
<td>v{{ i.updated_version }}</td></tr>{% endfor %}</table>{% endif %}</section>
<section><h3>站点设置（隐藏、热门）</h3>
{% for site, lists in overrides.items() %}<form method="post" action="/console/catalogue/sites">
<input type="hidden" name="csrf" value="{{ csrf }}">
<input type="hidden" name="site" value="{{ site }}">
<p><strong>{{ site }}</strong></p><label>隐藏 <textarea name="hidden" rows="2" cols="60">
{{ lists.hidden | join(" ") }}</textarea></label><br><label>热门 <textarea name="hot" rows="2"
cols="60">{{ lists.hot | join(" ") }}</textarea></label><button>保存（生成新版本）</button></form>
{% endfor %}<form method="post" action="/console/catalogue/sites">
<input type="hidden" name="csrf" value="{{ csrf }}"><label>新站点代码 <input name="site"></label>
<input type="hidden" name="new" value="1">
<button>添加</button></form></section>
<section><h3>版本记录</h3><table><tr><th>版本</th><th>时间</th><th>说明</th><th>变更事项数</th></tr>
{% for v in history %}<tr><td>v{{ v.version }}</td><td>{{ v.created_at }}</td><td>{{ v.note }}</td>
<td>{{ v.changed }}</td></tr>{% endfor %}</table></section>{% endblock %}""",
    "item.html": """{% extends "base.html" %}{% block title %}{{ i.name }}{% endblock %}
{% block body %}<h2>{{ i.item_id }} {{ i.name }}（v{{ i.updated_version }}）</h2>
<section><form method="post" action="/console/catalogue/items/{{ i.item_id }}">
<input type="hidden" name="csrf" value="{{ csrf }}">
<p><label>名称 <input name="name" value="{{ i.name }}" size="40"></label>
<label>简称 <input name="short_name" value="{{ i.short_name }}" size="24"></label></p>
<p><label>终端办理 <select name="kiosk_mode">{% for m in ["self_service", "guide_only"] %}
<option value="{{ m }}" {% if m == i.kiosk_mode %}selected{% endif %}>{{ m }}</option>{% endfor %}
</select></label>
<label>收费（分） <input name="amount_fen" value="{{ i.fee.amount_fen }}" size="6"></label>
<label>收费说明 <input name="fee_text" value="{{ i.fee.text }}" size="24"></label></p>
<p><label>法定时限（日） <input name="legal_days" value="{{ i.time_limit.legal_days }}" size="4">
</label>
<label>承诺时限（日） <input name="promised_days" value="{{ i.time_limit.promised_days }}"
size="4"></label>
<label>跑动次数 <input name="visits" value="{{ i.visits }}" size="3"></label></p>
<p><button>保存（生成新版本）</button></p></form>
<form method="post" action="/console/catalogue/items/{{ i.item_id }}/withdraw">
<input type="hidden" name="csrf" value="{{ csrf }}"><button>下架此事项</button></form></section>
<section><h3>详情</h3><pre style="white-space:pre-wrap">{{ body }}</pre></section>{% endblock %}""",
}


class ConsoleAuth:
    """Password check, in-memory sessions and CSRF tokens for the console."""

    def __init__(self, password: str) -> None:
        self._password = password.encode()
        self._secret = secrets.token_bytes(32)
        self._sessions: dict[str, float] = {}
        self._lock = threading.Lock()

    def login(self, password: str) -> str | None:
        if not hmac.compare_digest(password.encode(), self._password):
            return None
        token = secrets.token_urlsafe(32)
        with self._lock:
            now = time.monotonic()
            self._sessions = {t: exp for t, exp in self._sessions.items() if exp > now}
            self._sessions[token] = now + SESSION_TTL_S
        return token

    def session(self, request: Request) -> str | None:
        token = request.cookies.get(COOKIE)
        if not token:
            return None
        with self._lock:
            expiry = self._sessions.get(token)
        if expiry is None or expiry < time.monotonic():
            return None
        return token

    def logout(self, token: str) -> None:
        with self._lock:
            self._sessions.pop(token, None)

    def csrf(self, token: str) -> str:
        return hmac.new(self._secret, token.encode(), hashlib.sha256).hexdigest()[:32]


def _age(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        seconds = int(time.time() - datetime.fromisoformat(iso).timestamp())
    except ValueError:
        return ""
    if seconds < 120:
        return f"{seconds} 秒前"
    if seconds < 7200:
        return f"{seconds // 60} 分钟前"
    return f"{seconds // 3600} 小时前"


PAPER_LABELS: Final = {"full": "充足", "low": "将尽", "out": "缺纸", "jammed": "卡纸"}


def _device_rows(devices: dict[str, Any]) -> tuple[list[dict[str, Any]], str]:
    rows = []
    paper = ""
    for device_id, status in sorted(devices.items()):
        if isinstance(status, dict):
            state = str(status.get("state", ""))
            # The kiosk sends {"state", "sub": {...}, "detail"}; older senders put the
            # sub-status keys beside "state". Empty values say nothing.
            sub = status.get("sub") if isinstance(status.get("sub"), dict) else {}
            extras = {
                **{k: v for k, v in status.items() if k not in ("state", "sub")},
                **sub,
            }
            extras = {k: v for k, v in extras.items() if v not in (None, "", {}, [])}
            if "paper" in extras:
                paper = str(extras["paper"])
            text = state + (
                f"（{', '.join(f'{k}={v}' for k, v in extras.items())}）" if extras else ""
            )
        else:
            state = str(status)
            text = state
        rows.append({"id": device_id, "state": text, "bad": state not in ("online", "busy")})
    return rows, paper


def build_console_router(platform: Platform, keys: KeyStore, password: str) -> APIRouter:
    auth = ConsoleAuth(password)
    env = Environment(loader=DictLoader(TEMPLATES), autoescape=select_autoescape(default=True))
    router = APIRouter(include_in_schema=False)

    def render(request: Request, name: str, *, status: int = 200, **context: Any) -> HTMLResponse:
        token = auth.session(request)
        flash = request.query_params.get("msg", "")
        kind = request.query_params.get("kind", "ok")
        open_help = platform.stats()["open_help"] if token else 0
        html = env.get_template(name).render(
            logged_in=token is not None,
            csrf=auth.csrf(token) if token else "",
            flash=flash,
            flash_kind="err" if kind == "err" else "ok",
            open_help=open_help,
            labels=STATUS_LABELS,
            **context,
        )
        return HTMLResponse(html, status_code=status)

    def back(path: str, message: str, *, error: bool = False) -> RedirectResponse:
        sep = "&" if "?" in path else "?"
        kind = "err" if error else "ok"
        return RedirectResponse(f"{path}{sep}msg={quote(message)}&kind={kind}", status_code=303)

    def login_redirect(request: Request) -> RedirectResponse:
        return RedirectResponse(f"/console/login?next={quote(request.url.path)}", status_code=303)

    async def form_of(request: Request) -> dict[str, str]:
        body = await request.body()
        if len(body) > _FORM_LIMIT:
            raise ApiError(413, "too_large", "form too large")
        parsed = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
        return {k: v[-1] for k, v in parsed.items()}

    async def guarded(request: Request, action: Callable[[dict[str, str]], Response]) -> Response:
        token = auth.session(request)
        if token is None:
            return login_redirect(request)
        form = await form_of(request)
        if not hmac.compare_digest(form.get("csrf", ""), auth.csrf(token)):
            return Response("CSRF token missing or wrong", status_code=403)
        return action(form)

    @router.get("/", response_model=None)
    def index(request: Request) -> Response:
        if auth.session(request) is None:
            return login_redirect(request)
        return RedirectResponse("/console/applications", status_code=303)

    @router.get("/login", response_model=None)
    def login_page(request: Request, next: str = "/console/applications") -> Response:
        return render(request, "login.html", next=next)

    @router.post("/login", response_model=None)
    async def login(request: Request) -> Response:
        form = await form_of(request)
        token = auth.login(form.get("password", ""))
        target = form.get("next") or "/console/applications"
        if not target.startswith("/console/"):
            target = "/console/applications"
        if token is None:
            return back("/console/login", "密码错误", error=True)
        response = RedirectResponse(target, status_code=303)
        response.set_cookie(
            COOKIE, token, httponly=True, samesite="strict", max_age=SESSION_TTL_S, path="/console"
        )
        return response

    @router.post("/logout", response_model=None)
    async def logout(request: Request) -> Response:
        def act(_form: dict[str, str]) -> Response:
            token = auth.session(request)
            if token:
                auth.logout(token)
            response = RedirectResponse("/console/login", status_code=303)
            response.delete_cookie(COOKIE, path="/console")
            return response

        return await guarded(request, act)

    @router.get("/applications", response_model=None)
    def applications(
        request: Request, status: str = "", item: str = "", kiosk: str = "", q: str = ""
    ) -> Response:
        if auth.session(request) is None:
            return login_redirect(request)
        rows = platform.list_applications(status=status, item=item, kiosk=kiosk, query=q)
        for row in rows:
            row["id_masked"] = mask_id(row["id_number"])
            name = row["applicant_name"]
            row["name_masked"] = name[0] + "*" * (len(name) - 1) if name else ""
        return render(
            request,
            "applications.html",
            apps=rows,
            statuses=APPLICATION_STATUSES,
            f={"status": status, "item": item, "kiosk": kiosk, "q": q},
        )

    @router.get("/applications/{app_id}", response_model=None)
    def application(request: Request, app_id: str) -> Response:
        if auth.session(request) is None:
            return login_redirect(request)
        try:
            record = platform.application_record(app_id)
        except ApiError as exc:
            return back("/console/applications", exc.message, error=True)
        request_body = record["request"]
        try:
            item = platform.get_item(record["item_id"])
            names = {m["material_id"]: m["name"] for m in item["materials"]}
            labels = {f["name"]: f["label"] for f in item["form"]["fields"]}
        except ApiError:
            names, labels = {}, {}
        materials = [
            {**m, "name": names.get(m.get("material_id"), m.get("material_id"))}
            for m in request_body.get("materials") or []
        ]
        form = [(labels.get(k, k), v) for k, v in (request_body.get("form") or {}).items()]
        delivery = request_body.get("delivery") or {}
        method = str(delivery.get("method") or "")
        delivery_text = " ".join(
            x for x in (DELIVERY_LABELS.get(method, method), delivery.get("address")) if x
        )
        actions = [s for s in TRANSITIONS.get(record["status"], ()) if s != "ready_for_pickup"]
        return render(
            request,
            "application.html",
            r=record,
            materials=materials,
            form=form,
            delivery=delivery_text,
            actions=actions,
            action_labels=ACTION_LABELS,
            can_pickup=record["status"] == "approved",
        )

    @router.post("/applications/{app_id}/status", response_model=None)
    async def set_status(request: Request, app_id: str) -> Response:
        def act(form: dict[str, str]) -> Response:
            target = f"/console/applications/{app_id}"
            try:
                platform.set_application_status(
                    app_id, form.get("status", ""), form.get("note", ""), actor="console"
                )
            except ApiError as exc:
                return back(target, exc.message, error=True)
            return back(target, "已更新办件状态")

        return await guarded(request, act)

    @router.post("/applications/{app_id}/pickup", response_model=None)
    async def mark_pickup(request: Request, app_id: str) -> Response:
        def act(form: dict[str, str]) -> Response:
            target = f"/console/applications/{app_id}"
            try:
                result = platform.mark_ready_for_pickup(
                    app_id,
                    form.get("kiosk_id", "").strip(),
                    form.get("compartment", "").strip(),
                    deposited=form.get("deposited") == "1",
                )
            except ApiError as exc:
                return back(target, exc.message, error=True)
            return back(target, f"已生成取件单 {result['pickup_id']}，取件码 {result['code']}")

        return await guarded(request, act)

    @router.get("/attachments/{sha256}", response_model=None)
    def attachment(request: Request, sha256: str) -> Response:
        if auth.session(request) is None:
            return login_redirect(request)
        info = platform.attachment_info(sha256)
        if info is None:
            return Response("not found", status_code=404)
        return Response(
            platform.attachment_path(sha256).read_bytes(), media_type=info["content_type"]
        )

    @router.get("/fleet", response_model=None)
    def fleet(request: Request) -> Response:
        if auth.session(request) is None:
            return login_redirect(request)
        kiosks = []
        known = {k["kiosk_id"]: k for k in platform.fleet()}
        for kiosk_id in keys.known_kiosks():
            known.setdefault(
                kiosk_id,
                {
                    "kiosk_id": kiosk_id,
                    "revoked": 0,
                    "last_seen": None,
                    "clock_skew_s": None,
                    "heartbeat": None,
                },
            )
        now = platform.now()
        counts = dict.fromkeys(HEALTH_LABELS, 0)
        for record in sorted(known.values(), key=lambda r: r["kiosk_id"]):
            hb = record.get("heartbeat")
            devices, _paper = _device_rows((hb or {}).get("devices") or {})
            health = kiosk_health(record, now)
            counts[health.health] += 1
            oldest = health.oldest_queued_s
            kiosks.append(
                {
                    **record,
                    "h": health,
                    "devices": devices,
                    "age": "" if health.last_seen_age_s is None else _age(record["last_seen"]),
                    "oldest": "" if oldest is None else duration(oldest),
                    "uptime": "" if health.uptime_s is None else duration(health.uptime_s),
                }
            )
        return render(
            request,
            "fleet.html",
            kiosks=kiosks,
            summary=[(h, n) for h, n in counts.items() if n],
            health_labels=HEALTH_LABELS,
            bad_paper=PAPER_BAD,
            paper_labels=PAPER_LABELS,
            commands=platform.commands(),
            command_types=COMMAND_TYPES,
            command_labels=COMMAND_LABELS,
            problems=keys.problems(),
            pickup_events=platform.pickup_events(),
        )

    @router.post("/fleet/{kiosk_id}/command", response_model=None)
    async def send_command(request: Request, kiosk_id: str) -> Response:
        def act(form: dict[str, str]) -> Response:
            try:
                command_id = platform.queue_command(kiosk_id, form.get("type", ""))
            except ApiError as exc:
                return back("/console/fleet", exc.message, error=True)
            return back("/console/fleet", f"指令 {command_id} 将随下一次心跳下发")

        return await guarded(request, act)

    @router.post("/fleet/{kiosk_id}/revoke", response_model=None)
    async def revoke(request: Request, kiosk_id: str) -> Response:
        def act(form: dict[str, str]) -> Response:
            revoked = form.get("revoked") == "1"
            platform.set_revoked(kiosk_id, revoked)
            return back("/console/fleet", f"{kiosk_id} 已{'吊销' if revoked else '恢复'}")

        return await guarded(request, act)

    @router.get("/help", response_model=None)
    def help_page(request: Request) -> Response:
        if auth.session(request) is None:
            return login_redirect(request)
        return render(request, "help.html", items=platform.help_requests())

    @router.post("/help/{help_id}/resolve", response_model=None)
    async def resolve_help(request: Request, help_id: str) -> Response:
        def act(form: dict[str, str]) -> Response:
            try:
                platform.resolve_help(help_id, form.get("note", ""))
            except ApiError as exc:
                return back("/console/help", exc.message, error=True)
            return back("/console/help", f"{help_id} 已处理")

        return await guarded(request, act)

    @router.get("/evaluations", response_model=None)
    def evaluations(request: Request) -> Response:
        if auth.session(request) is None:
            return login_redirect(request)
        items = platform.evaluations()
        for e in items:
            e["reasons_text"] = "、".join(json.loads(e["reasons"]))
        return render(request, "evaluations.html", items=items)

    @router.get("/catalogue", response_model=None)
    def catalogue(request: Request, q: str = "") -> Response:
        if auth.session(request) is None:
            return login_redirect(request)
        results = platform.search_items(q.strip()) if q.strip() else []
        return render(
            request,
            "catalogue.html",
            stats=platform.stats(),
            q=q,
            results=results,
            overrides=platform.site_overrides(),
            history=platform.catalogue_history(),
        )

    @router.post("/catalogue/sites", response_model=None)
    async def save_site(request: Request) -> Response:
        def act(form: dict[str, str]) -> Response:
            site = form.get("site", "").strip()
            hidden, hot = form.get("hidden", "").split(), form.get("hot", "").split()
            if form.get("new") == "1":  # a new site starts from the default lists
                if site in platform.site_overrides():
                    return back("/console/catalogue", f"站点 {site} 已存在", error=True)
                default = platform.site_overrides().get("DEFAULT", {})
                hidden, hot = default.get("hidden", []), default.get("hot", [])
            try:
                version = platform.set_site_overrides(site, hidden, hot)
            except ApiError as exc:
                return back("/console/catalogue", exc.message, error=True)
            return back("/console/catalogue", f"站点设置已保存，目录版本 v{version}")

        return await guarded(request, act)

    @router.get("/catalogue/items/{item_id}", response_model=None)
    def item_page(request: Request, item_id: str) -> Response:
        if auth.session(request) is None:
            return login_redirect(request)
        try:
            item = platform.get_item(item_id)
        except ApiError as exc:
            return back("/console/catalogue", exc.message, error=True)
        return render(
            request, "item.html", i=item, body=json.dumps(item, ensure_ascii=False, indent=2)
        )

    @router.post("/catalogue/items/{item_id}", response_model=None)
    async def edit_item(request: Request, item_id: str) -> Response:
        def act(form: dict[str, str]) -> Response:
            target = f"/console/catalogue/items/{item_id}"
            try:
                changes: dict[str, Any] = {
                    "name": form["name"].strip(),
                    "short_name": form["short_name"].strip(),
                    "kiosk_mode": form["kiosk_mode"],
                    "fee": {"amount_fen": int(form["amount_fen"]), "text": form["fee_text"]},
                    "time_limit": {
                        "legal_days": int(form["legal_days"]),
                        "promised_days": int(form["promised_days"]),
                    },
                    "visits": int(form["visits"]),
                }
            except (KeyError, ValueError):
                return back(target, "请完整填写，时限和金额须为整数", error=True)
            try:
                version = platform.modify_item(item_id, changes, note=f"console edit {item_id}")
            except ApiError as exc:
                return back(target, exc.message, error=True)
            return back(target, f"已保存，目录版本 v{version}")

        return await guarded(request, act)

    @router.post("/catalogue/items/{item_id}/withdraw", response_model=None)
    async def withdraw(request: Request, item_id: str) -> Response:
        def act(_form: dict[str, str]) -> Response:
            try:
                version = platform.withdraw_item(item_id, note=f"console withdraw {item_id}")
            except ApiError as exc:
                return back("/console/catalogue", exc.message, error=True)
            return back("/console/catalogue", f"{item_id} 已下架，目录版本 v{version}")

        return await guarded(request, act)

    return router
