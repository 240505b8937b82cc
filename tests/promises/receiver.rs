//! A real HTTP receiver on 127.0.0.1:0 for channel tests: it records every
//! request as it arrived and answers as told (a status, a delay), like a
//! webhook endpoint, a chat service or a homeserver would.

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::http::{Request, Response};

use crate::common::serve_on_loopback;

/// One request as the receiver saw it.
#[derive(Clone, Debug)]
pub struct Got {
    pub method: String,
    pub path: String,
    /// Header names in lower case.
    pub headers: HashMap<String, String>,
    pub body: Vec<u8>,
    /// The status it was answered with (0 while the answer is held back).
    pub status: u16,
}

impl Got {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&self.body)))
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .get(&name.to_ascii_lowercase())
            .map(String::as_str)
    }
}

#[derive(Default)]
struct State {
    got: Vec<Got>,
    /// Answers for the next requests, in turn; then `always`.
    next: VecDeque<(u16, String)>,
    always: Option<(u16, String)>,
    /// How long each answer is held back.
    delay: Duration,
}

#[derive(Clone)]
pub struct Receiver {
    pub addr: SocketAddr,
    state: Arc<Mutex<State>>,
}

impl Receiver {
    pub async fn start() -> Receiver {
        let state: Arc<Mutex<State>> = Arc::default();
        let st = state.clone();
        let addr = serve_on_loopback(axum::Router::new().fallback(move |req: Request<Body>| {
            let st = st.clone();
            async move { answer(&st, req).await }
        }))
        .await;
        Receiver { addr, state }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// Every request so far, in order of arrival.
    pub fn got(&self) -> Vec<Got> {
        self.state.lock().unwrap().got.clone()
    }

    /// The requests answered with a 2xx: what was delivered.
    pub fn delivered(&self) -> Vec<Got> {
        self.got()
            .into_iter()
            .filter(|g| (200..300).contains(&g.status))
            .collect()
    }

    /// The next request is answered with `status` and `body`.
    pub fn answer_next(&self, status: u16, body: &str) {
        self.state
            .lock()
            .unwrap()
            .next
            .push_back((status, body.to_string()));
    }

    /// Every request from now on is answered with `status` and `body`.
    pub fn always(&self, status: u16, body: &str) {
        self.state.lock().unwrap().always = Some((status, body.to_string()));
    }

    /// Each answer is held back this long.
    pub fn delay(&self, d: Duration) {
        self.state.lock().unwrap().delay = d;
    }
}

async fn answer(st: &Arc<Mutex<State>>, req: Request<Body>) -> Response<Body> {
    let method = req.method().to_string();
    let path = req.uri().path().to_string();
    let headers = req
        .headers()
        .iter()
        .map(|(k, v)| {
            (
                k.as_str().to_ascii_lowercase(),
                v.to_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    let body = axum::body::to_bytes(req.into_body(), 10_000_000)
        .await
        .map(|b| b.to_vec())
        .unwrap_or_default();
    let (status, text, delay, index) = {
        let mut s = st.lock().unwrap();
        let (status, text) = s
            .next
            .pop_front()
            .or_else(|| s.always.clone())
            .unwrap_or((200, "ok".to_string()));
        // Recorded on arrival, its status once answered (0 while held back):
        // a request whose answer tidings gave up waiting for was still seen.
        s.got.push(Got {
            method,
            path,
            headers,
            body,
            status: 0,
        });
        (status, text, s.delay, s.got.len() - 1)
    };
    tokio::time::sleep(delay).await;
    st.lock().unwrap().got[index].status = status;
    Response::builder()
        .status(status)
        .body(Body::from(text))
        .unwrap()
}
