//! A minimal HTTP/1.1 server on 127.0.0.1 that answers every request with
//! one fixed JSON body and keeps the connection open: the cheapest server we
//! can write, so the client's cost stands out. Each connection gets a thread.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// The connections a server has seen.
#[derive(Default)]
pub struct Connections {
    /// Accepted since the start.
    pub opened: AtomicUsize,
    /// Open now (the client has not closed them).
    pub open: AtomicUsize,
}

/// Starts a server answering with `body`; it lives until the process ends.
pub fn start(body: Vec<u8>) -> std::io::Result<SocketAddr> {
    start_counted(body).map(|(addr, _)| addr)
}

/// [`start`], counting connections.
pub fn start_counted(body: Vec<u8>) -> std::io::Result<(SocketAddr, Arc<Connections>)> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let addr = listener.local_addr()?;
    let head = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json;charset=utf-8\r\n\
         content-length: {}\r\nx-acs-request-id: 473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E\r\n\r\n",
        body.len()
    );
    let mut answer = head.into_bytes();
    answer.extend_from_slice(&body);
    let answer: Arc<[u8]> = answer.into();
    let connections = Arc::new(Connections::default());
    let counts = connections.clone();
    std::thread::spawn(move || {
        crate::cpu::pin_server();
        for stream in listener.incoming().flatten() {
            let answer = answer.clone();
            let counts = counts.clone();
            counts.opened.fetch_add(1, Ordering::SeqCst);
            counts.open.fetch_add(1, Ordering::SeqCst);
            std::thread::spawn(move || {
                crate::cpu::pin_server();
                serve(stream, &answer);
                counts.open.fetch_sub(1, Ordering::SeqCst);
            });
        }
    });
    Ok((addr, connections))
}

/// Reads requests (head, then a body of content-length bytes) and answers
/// each, until the client goes away.
fn serve(stream: TcpStream, answer: &[u8]) {
    let _ = stream.set_nodelay(true);
    let Ok(mut writer) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    let mut body = Vec::new();
    loop {
        let mut length = 0usize;
        loop {
            line.clear();
            match reader.read_line(&mut line) {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
            if line == "\r\n" {
                break;
            }
            if let Some((name, value)) = line.split_once(':') {
                if name.eq_ignore_ascii_case("content-length") {
                    length = value.trim().parse().unwrap_or(0);
                }
            }
        }
        body.resize(length, 0);
        if reader.read_exact(&mut body).is_err() || writer.write_all(answer).is_err() {
            return;
        }
    }
}
